"""Best-of-N: samples as branches from the root, selections (oracle, majority, outcome, prm), honest steps."""

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from agents.episode import play_episode
from agents.search import BestOfNPolicy, PRMStepScorer
from agents.search.proposals import valid_candidates
from metacot_envs.prms import SolverPRM

PUZZLE = {"numbers": [4, 9, 10, 13], "target": 24}
RIGHT = ["13-9=4", "10-4=6", "6*4=24"]  # answer 24
WRONG = ["4+9=13", "13+13=26", "26-10=16"]  # answer 16
WRONG_AGAIN = ["13+9=22", "22-10=12", "12+4=16"]  # answer 16 by another route


class ScriptedSteps:
    """Proposes the next step of a fixed list of samples (a new sample starts at the root)."""

    name = "scripted"

    def __init__(self, samples):
        self.samples = samples
        self.index = -1

    def propose(self, env, at, k, rng, compute, allow=None):
        if not at.trace:
            self.index += 1
        sample = self.samples[self.index % len(self.samples)]
        compute.steps_proposed += 1
        return valid_candidates(env, at, [sample[len(at.trace)]], allow)

    def config(self):
        return {"source": self.name}


class ScriptedBatch(ScriptedSteps):
    """The same samples, proposed for many snapshots in one call (the lockstep path).

    At the root a snapshot's sample is its position; after that, the sample whose
    candidate the snapshot is.
    """

    def __init__(self, samples):
        super().__init__(samples)
        self.calls = 0
        self.owner = {}

    def propose_many(self, env, ats, k, rng, compute, allows=None):
        self.calls += 1
        out = []
        for position, (at, allow) in enumerate(zip(ats, allows or [None] * len(ats), strict=True)):
            index = position if not at.trace else self.owner[id(at)]
            compute.steps_proposed += 1
            found = valid_candidates(env, at, [self.samples[index][len(at.trace)]], allow)
            self.owner.update({id(child): index for _, child in found})
            out.append(found)
        return out


def run(samples, selection, value=None, batched=False):
    source = (ScriptedBatch if batched else ScriptedSteps)(samples)
    agent = BestOfNPolicy(source, value, n=len(samples), selection=selection)
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    return play_episode(env, agent, seed=0, options={"problem": PUZZLE})


@pytest.mark.parametrize("selection", ["majority", "outcome", "prm"])
@pytest.mark.parametrize(
    "samples",
    [[WRONG, RIGHT, WRONG_AGAIN], [RIGHT, WRONG, ["13-9=4", "4+10=14", "14+4=18"], RIGHT]],
)
def test_lockstep__plays_exactly_what_one_sample_at_a_time_plays(samples, selection):
    value = None if selection == "majority" else PRMStepScorer(SolverPRM())
    alone = run(samples, selection, value)
    together = run(samples, selection, value, batched=True)
    assert together.actions == alone.actions and together.meta_cot == alone.meta_cot
    assert together.solved == alone.solved and together.env_steps == alone.env_steps
    assert together.compute.steps_proposed == alone.compute.steps_proposed


def test_lockstep__asks_the_source_once_per_depth_for_all_samples():
    source = ScriptedBatch([WRONG, RIGHT, WRONG_AGAIN])
    agent = BestOfNPolicy(source, n=3, selection="majority")
    env = gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000)
    play_episode(env, agent, seed=0, options={"problem": PUZZLE})
    assert source.calls == 3  # three steps deep, three samples each time


def test_lockstep__an_oracle_still_draws_one_sample_at_a_time():
    source = ScriptedBatch([WRONG, RIGHT, WRONG_AGAIN])
    record = play_episode(
        gym.make("MetaCoT/Game24-v0", search=True, max_steps=1000),
        BestOfNPolicy(source, n=3, selection="oracle"),
        seed=0,
        options={"problem": PUZZLE},
    )
    assert record.solved and source.calls == 0 and record.compute.steps_proposed == 6


def test_majority__plays_the_most_common_answer_even_when_it_is_wrong():
    record = run([WRONG, RIGHT, WRONG_AGAIN], "majority")
    assert not record.solved and record.gave_up
    assert record.actions[-2:] == ["backtrack 2: selected sample 1 by majority", "26-10=16"]
    # two steps of each sample, a backtrack before samples 2 and 3, then the chosen end
    assert record.env_steps == 2 + 1 + 2 + 1 + 2 + 2
    assert record.compute.steps_proposed == 9


def test_majority__with_the_right_answer_most_common__solves():
    record = run([RIGHT, WRONG, ["13-9=4", "4+10=14", "14+4=18"], RIGHT], "majority")
    assert record.solved and record.meta_cot[-1].endswith("solved")


def test_outcome_selection__with_the_solver_prm_finds_the_minority_right_answer():
    record = run([WRONG, RIGHT, WRONG_AGAIN], "outcome", PRMStepScorer(SolverPRM()))
    assert record.solved and record.compute.prm_calls == 3
    assert "selected sample 2 by outcome" in record.meta_cot[-3]


def test_prm_selection__scores_every_step_of_every_sample():
    record = run([WRONG, RIGHT, WRONG_AGAIN], "prm", PRMStepScorer(SolverPRM()))
    assert record.solved and record.compute.prm_calls == 9


def test_oracle__stops_at_the_first_correct_sample_and_shows_each_sample_as_a_branch():
    record = run([WRONG, RIGHT, WRONG_AGAIN], "oracle")
    assert record.solved and record.env_steps == 3 + 1 + 3
    assert "node 3: dead end" in record.meta_cot
    assert "backtrack to node 0 | sample 2 of 3" in record.meta_cot
    assert record.compute.steps_proposed == 6  # the third sample is never drawn


def test_best_of_n__refuses_a_selection_it_cannot_make():
    with pytest.raises(ValueError, match="value source"):
        BestOfNPolicy(n=4, selection="prm")
    with pytest.raises(ValueError, match="selection"):
        BestOfNPolicy(n=4, selection="vibes")
