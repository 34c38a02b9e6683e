import numpy as np
import pytest

from metacot_envs.registry import spec_for
from metacot_envs.tasks.math.answer import is_equivalent
from metacot_envs.tasks.math.generators import GENERATORS, LEVELS, ProceduralSource, generate

make_math_env = spec_for("MetaCoT/Math-v0").make

CASES = [(kind, level) for kind in GENERATORS for level in LEVELS]


@pytest.mark.parametrize(("kind", "level"), CASES, ids=[f"{k}-L{lv}" for k, lv in CASES])
def test_oracle_answer__scores_1_in_every_form_the_generator_prints(kind, level):
    env = make_math_env(kinds=[kind], level=level)
    for seed in range(4):
        env.reset(seed=seed)
        problem = env.unwrapped.problem
        assert problem.kind == kind and problem.level == level
        forms = (problem.reference, *problem.answer_forms)
        assert len(set(forms)) >= 2, forms
        for form in forms:
            env.reset(options={"problem": problem})
            _, reward, terminated, _, info = env.step(f"So the answer is $\\boxed{{{form}}}$.")
            assert (reward, terminated, info["solved"]) == (1.0, True, True), (
                form,
                env.unwrapped.state.verdict,
            )


@pytest.mark.parametrize(("kind", "level"), CASES, ids=[f"{k}-L{lv}" for k, lv in CASES])
def test_wrong_answer__scores_0(kind, level):
    problem = generate(kind, level, np.random.default_rng(7))
    wrong = "0" if not is_equivalent("0", problem.reference) else "1"
    env = make_math_env()
    env.reset(options={"problem": problem})
    _, reward, terminated, _, info = env.step(f"\\boxed{{{wrong}}}")
    assert (reward, terminated, info["solved"]) == (0.0, True, False)


def test_generators__same_seed_gives_same_problem():
    source = ProceduralSource()
    first = [source.sample(np.random.default_rng(11)) for _ in range(2)]
    assert first[0] == first[1]
    assert first[0] != source.sample(np.random.default_rng(12))


def test_facts__agree_with_the_reference_answer():
    rng = np.random.default_rng(3)
    for _ in range(20):
        linear = generate("linear_equation", 3, rng)
        (x,) = linear.facts
        assert is_equivalent(str(x.values[0]), linear.reference)
        quadratic = generate("quadratic_roots", 2, rng)
        _, roots = quadratic.facts
        listed = ", ".join(str(r) for r in roots.values)
        assert is_equivalent(listed, quadratic.reference)


def test_unknown_kind_or_level__is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="known"):
        make_math_env(kinds=["calculus"])
    with pytest.raises(ValueError, match="levels must be among"):
        make_math_env(level=7)
