# vericode — every user-facing command goes through here; see README.md.
PY      ?= .venv/bin/python
# Run settings: a variable left empty passes no flag, so the default is the one in
# runners/config.py (`make help` prints them all; `$(PY) -m runners config --get rounds` one).
MODEL   ?=
LANGS   ?=
ROUNDS  ?=
SAMPLES ?=
TASKS   ?=
BACKEND ?=
ARGS    ?=

TASKSET ?=
SRC     ?=
INTO    ?= tasks-algoveri
# TASKSET=algoveri: the imported tasks of tasks-algoveri/ instead of the stable ones of tasks/.
SET_FLAGS = $(if $(TASKSET),--task-set $(TASKSET))
COMMON_FLAGS = $(if $(LANGS),--langs $(LANGS)) $(if $(BACKEND),--backend $(BACKEND)) $(if $(TASKS),--tasks $(TASKS))
EVAL_FLAGS = $(if $(MODEL),--model '$(MODEL)') $(if $(ROUNDS),--rounds $(ROUNDS)) $(if $(SAMPLES),--samples $(SAMPLES)) \
             $(COMMON_FLAGS) $(ARGS)

.PHONY: help setup test eval table check-tasks images new-task bench list clean-containers bench-audit bench-pipeline

help:
	@echo "make setup | test | eval | table | check-tasks | list | new-task NAME=... | images | bench | clean-containers"
	@echo "make eval variables: MODEL LANGS ROUNDS SAMPLES TASKS BACKEND, anything else through ARGS=\"--flag value\"."
	@echo "Settings and their defaults (runners/config.py):"
	@$(PY) -m runners config

setup:
	bash scripts/setup.sh

# The optional Ray extra for --backend ray (docs/SCALING.md).
setup-ray:
	$(PY) -m pip install -q -e '.[ray]'
.PHONY: setup-ray

test:
	$(PY) -m pytest -q $(ARGS)

eval:
	$(PY) -m runners $(SET_FLAGS) eval $(EVAL_FLAGS)

table:
	$(PY) -m runners $(SET_FLAGS) table $(ARGS)

.PHONY: report regrade
# Every table (md/csv/tex/json), the plots and results/report/index.html; ARGS="--runs a b --label a=Name ..."
report:
	$(PY) -m runners $(SET_FLAGS) report $(ARGS)

regrade:
	@test -n "$(RUN)" || (echo "usage: make regrade RUN=<run_id>" >&2; exit 2)
	$(PY) -m runners $(SET_FLAGS) regrade $(RUN) $(if $(BACKEND),--backend $(BACKEND)) $(ARGS)

check-tasks:
	$(PY) -m runners $(SET_FLAGS) check-tasks $(COMMON_FLAGS) $(ARGS)

.PHONY: import-algoveri
# The seed benchmark's task folders as status: imported tasks (report: $(INTO)/import-report.md).
import-algoveri:
	@test -n "$(SRC)" || (echo "usage: make import-algoveri SRC=<checkout of the seed benchmark> [INTO=tasks-algoveri]" >&2; exit 2)
	$(PY) -m runners import-algoveri '$(SRC)' --into '$(INTO)' $(if $(BACKEND),--backend $(BACKEND)) $(ARGS)

.PHONY: fidelity
# Cost growth of the references (TASKS=... to pick): every one must be `faithful`.
fidelity:
	$(PY) -m runners fidelity $(if $(TASKS),--tasks $(TASKS)) $(if $(BACKEND),--backend $(BACKEND)) $(ARGS)

images:
	bash containers/build-images.sh

new-task:
	@test -n "$(NAME)" || (echo "usage: make new-task NAME=<task_id>" >&2; exit 2)
	$(PY) -m runners new-task $(NAME)

bench:
	$(PY) bench/sandbox_overhead.py $(ARGS)

bench-audit:
	$(PY) bench/audit_scaling.py $(ARGS)

list:
	$(PY) -m runners $(SET_FLAGS) list

clean-containers:
	$(PY) -m runners clean-containers

.PHONY: bench-pipeline bench-check
# One-shot `vericode check` against the bare verifier command it runs (bench/check_overhead.py).
bench-check:
	$(PY) bench/check_overhead.py $(ARGS)

# A run against a fake 2 s model vs its slowest resource (bench/pipeline.py; ARGS="--sizes 16 --backends local").
bench-pipeline:
	$(PY) bench/pipeline.py $(ARGS)
