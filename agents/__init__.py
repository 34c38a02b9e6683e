"""Agents for metacot-envs: policies, search, RL training and evaluation."""
