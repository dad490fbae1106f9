def pre_bfs (a : List Int) : Prop :=
  True

def post_bfs (a : List Int) (r : Int) : Prop :=
  True

-- <vc:helpers>
-- </vc:helpers>

def bfs (a : Array Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem bfs_spec (a : Array Int) (h : pre_bfs a.toList) :
    post_bfs a.toList (bfs a) := by
  -- <vc:proof>
  -- </vc:proof>
