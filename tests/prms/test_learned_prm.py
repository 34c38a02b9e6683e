import json

import numpy as np
import pytest

from metacot_envs.prms.learned_prm import (
    CONFIG_FILE,
    LearnedPRM,
    LearnedPRMConfig,
    collect_labels,
    hashed_features,
)
from metacot_envs.prms.monte_carlo_prm import MonteCarloPRM
from metacot_envs.tasks.math.config import MathConfig
from metacot_envs.tasks.math.noisy_student import NoisyStudentPolicy

SMALL = LearnedPRMConfig(num_buckets=512, hidden=16)


@pytest.fixture(scope="module")
def mc_labels():
    task = MathConfig(kinds=["linear_equation", "probability"]).build_task()
    policy = NoisyStudentPolicy(accuracy=0.6, trust=0.9)
    labeller = MonteCarloPRM(policy, rollouts=8, seed=0)
    return task, *collect_labels(task, policy, labeller, num_problems=40, seed=0)


def test_collect_labels__labels_every_visited_state_with_the_mc_prm(mc_labels):
    task, texts, labels = mc_labels
    assert len(texts) == len(labels) > 40
    assert set(labels) >= {0.0, 1.0} and all(0.0 <= y <= 1.0 for y in labels)


def test_learned_prm__training_on_mc_labels_lowers_the_loss(mc_labels):
    _, texts, labels = mc_labels
    losses = LearnedPRM(SMALL).fit(texts, labels, epochs=30, lr=1e-2)
    assert losses[-1] < 0.8 * losses[0]


def test_learned_prm__checkpoint_round_trips_and_scores_states(mc_labels, tmp_path):
    task, texts, labels = mc_labels
    prm = LearnedPRM(SMALL)
    prm.fit(texts, labels, epochs=5)
    prm.save(tmp_path / "ckpt")
    config = json.loads((tmp_path / "ckpt" / CONFIG_FILE).read_text())
    assert config["format"] == "metacot-learned-prm" and config["num_buckets"] == 512
    loaded = LearnedPRM.load(tmp_path / "ckpt")
    state = task.initial_state(task.sample(np.random.default_rng(9)))
    assert loaded.score(task, [state]) == prm.score(task, [state])
    assert 0.0 < loaded.score(task, [state])[0] < 1.0


def test_learned_prm__refuses_a_foreign_checkpoint(tmp_path):
    (tmp_path / CONFIG_FILE).write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ValueError, match="not a metacot-learned-prm"):
        LearnedPRM.load(tmp_path)


def test_hashed_features__are_stable_and_count_ngrams():
    features = hashed_features(["x = 3", "x = 3", ""], SMALL)
    assert features.shape == (3, 512)
    assert bool((features[0] == features[1]).all()) and float(features[2].sum()) == 0.0
    assert float(features[0].sum()) > 0.0
