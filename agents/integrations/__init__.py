"""Bridges to the LLM-RL trainers researchers use: TRL's GRPO and verifiers environments.

Each bridge is an optional extra (``pip install metacot-envs[trl]`` / ``[verifiers]``)
and is imported by its own module, never from here, so the core install stays light:

- :mod:`agents.integrations.trl`: a dataset of seeded problems and a ``rollout_func``
  for ``trl.GRPOTrainer`` that plays multi-turn episodes of any registered env.
- :mod:`agents.integrations.verifiers`: a verifiers v1 ``Taskset`` over any registered
  env and an ``Env`` that plays the episode turn by turn (also importable as the
  top-level module ``metacot_verifiers``, which is how ``vf-eval`` finds it).
- :mod:`agents.integrations.token_episode`: the token-level episode transcript TRL trains on;
  :mod:`agents.integrations.generation_batcher` batches the model turns of concurrent episodes.
- :mod:`agents.integrations.episode_env`: the env an episode is scored in (PRM shaping,
  discounting), shared by both bridges.
- :mod:`agents.integrations.grpo_experiment`: a GRPO run from YAML with before/after rows.
"""
