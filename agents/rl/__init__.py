"""Training: SB3 PPO / MaskablePPO / RecurrentPPO (E-RL², RL²) on discrete views, step-level PPO
for LLM policies, run folders and checkpoints, and trained checkpoints as agents.

Modules import torch, SB3 and transformers when used; ``metacot train`` (``agents/train.py``)
is the entry point.
"""
