"""``metacot export-model``: a plain safetensors checkpoint that loads back to the same model."""

import pytest

from agents.backends import TransformersBackend
from agents.cli import main
from metacot_envs.models import load_causal_lm, tiny_random_causal_lm


def test_export_model__tiny_model_reloads_with_identical_generations(tmp_path):
    assert main(["export-model", str(tmp_path / "tiny"), "--tiny"]) == 0
    assert (tmp_path / "tiny" / "model.safetensors").is_file()
    tiny_tokenizer, tiny_model = tiny_random_causal_lm(seed=0)
    original = TransformersBackend(
        tokenizer_object=tiny_tokenizer, model_object=tiny_model, chat=False
    )
    tokenizer, model = load_causal_lm(str(tmp_path / "tiny"))
    reloaded = TransformersBackend(tokenizer_object=tokenizer, model_object=model, chat=False)
    options = {"n": 2, "temperature": 1.0, "max_new_tokens": 6, "seed": 3}
    assert reloaded.generate(["13-9"], **options) == original.generate(["13-9"], **options)
    assert reloaded.score("4 9", ["1", "13"]) == pytest.approx(original.score("4 9", ["1", "13"]))


def test_export_model__refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["export-model", str(tmp_path), "--tiny"]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
