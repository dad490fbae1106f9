# vericode — every user-facing command goes through here; see README.md.
PY      ?= .venv/bin/python
MODEL   ?= oracle
LANGS   ?= dafny
ROUNDS  ?= 5
SAMPLES ?= 1
TASKS   ?=
BACKEND ?= auto
ARGS    ?=

EVAL_FLAGS = --model '$(MODEL)' --langs $(LANGS) --rounds $(ROUNDS) --samples $(SAMPLES) --backend $(BACKEND) \
             $(if $(TASKS),--tasks $(TASKS)) $(ARGS)

.PHONY: setup test eval table check-tasks images new-task bench list clean-containers

setup:
	bash scripts/setup.sh

test:
	$(PY) -m pytest -q $(ARGS)

eval:
	$(PY) -m runners eval $(EVAL_FLAGS)

table:
	$(PY) -m runners table $(ARGS)

.PHONY: report regrade
# Every table (md/csv/tex/json), the plots and results/report/index.html; ARGS="--runs a b --label a=Name ..."
report:
	$(PY) -m runners report $(ARGS)

regrade:
	@test -n "$(RUN)" || (echo "usage: make regrade RUN=<run_id>" >&2; exit 2)
	$(PY) -m runners regrade $(RUN) $(if $(BACKEND),--backend $(BACKEND)) $(ARGS)

check-tasks:
	$(PY) -m runners check-tasks --langs $(LANGS) --backend $(BACKEND) $(if $(TASKS),--tasks $(TASKS)) $(ARGS)

images:
	bash containers/build-images.sh

new-task:
	@test -n "$(NAME)" || (echo "usage: make new-task NAME=<task_id>" >&2; exit 2)
	$(PY) -m runners new-task $(NAME)

bench:
	$(PY) bench/sandbox_overhead.py $(ARGS)

list:
	$(PY) -m runners list

clean-containers:
	$(PY) -m runners clean-containers
