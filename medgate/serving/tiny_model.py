"""The embedded default model: a tiny Llama-architecture checkpoint built locally.

No model hub is reachable where medgate is developed and tested, so with no
``--model`` the gateway builds (once, into a cache directory) a two-layer Llama
with random weights and a byte-level BPE tokenizer trained on a small built-in
corpus, with a chat template. It exercises the real vLLM engine end to end;
its answers are meaningless until a real checkpoint path is given.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from tqdm import tqdm

TINY_MODEL_NAME = "medgate-tiny-random"
_FORMAT_VERSION = "2"  # bump when the recipe changes, to rebuild caches

# head_dim = hidden / heads = 32: vLLM's CPU attention needs head_dim >= 32.
_LLAMA_CONFIG = {
    "architectures": ["LlamaForCausalLM"],
    "model_type": "llama",
    "hidden_size": 128,
    "intermediate_size": 256,
    "num_hidden_layers": 2,
    "num_attention_heads": 4,
    "num_key_value_heads": 4,
    "max_position_embeddings": 2048,
    "rms_norm_eps": 1e-5,
    "rope_theta": 10000.0,
    "tie_word_embeddings": True,
    "torch_dtype": "float32",
}

_SPECIAL_TOKENS = ["<unk>", "<s>", "</s>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]

_CHAT_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>\\n' + message['content'] + '<|end|>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}"
)

# A small corpus so the BPE merges are not empty; byte-level BPE covers any input.
_CORPUS = [
    "The patient reports a mild headache and fatigue for three days.",
    "Blood pressure 120/80 mmHg, heart rate 72 beats per minute, temperature 36.8 C.",
    "Take paracetamol 500 mg every six hours as needed, no more than 4 g per day.",
    "Please consult your physician before changing any medication.",
    "Hello, how can I help you today? I am an assistant for hospital staff.",
    "患者主诉头痛三天，伴乏力。血压120/80毫米汞柱，心率每分钟72次。",
    "请在医生指导下用药，如有不适请及时就医。",
    "Diagnosis requires examination by a qualified clinician.",
]


def cache_root() -> Path:
    """Where built models live: ``$XDG_CACHE_HOME/medgate/models``."""
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "medgate" / "models"


def ensure_tiny_model(root: Path | None = None, *, seed: int = 0) -> Path:
    """Return the tiny model's directory, building it first if it is missing."""
    target = (root or cache_root()) / f"{TINY_MODEL_NAME}-v{_FORMAT_VERSION}"
    if (target / "config.json").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=target.parent))
    try:
        _build(staging, seed=seed)
        staging.rename(target)  # atomic; fails if another process finished first
    except OSError:
        if not (target / "config.json").exists():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _build(out: Path, *, seed: int) -> None:
    steps = tqdm(total=3, desc="Building the embedded tiny model", unit="step")
    vocab_size = _train_tokenizer(out)
    steps.update()
    _write_weights(out, vocab_size, seed=seed)
    steps.update()
    (out / "MODEL_CARD.md").write_text(
        "# medgate-tiny-random\n\nA 2-layer Llama with RANDOM weights, built locally by medgate for tests "
        "and demos. Its answers are meaningless. Give a real checkpoint with `medgate serve --model PATH`.\n",
        encoding="utf-8",
    )
    steps.update()
    steps.close()


def _train_tokenizer(out: Path) -> int:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=1024,
        special_tokens=_SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(_CORPUS * 4, trainer=trainer)
    tokenizer.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "PreTrainedTokenizerFast",
                "bos_token": "<s>",
                "eos_token": "<|end|>",
                "unk_token": "<unk>",
                "pad_token": "</s>",
                "model_max_length": _LLAMA_CONFIG["max_position_embeddings"],
                "chat_template": _CHAT_TEMPLATE,
                "clean_up_tokenization_spaces": False,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    (out / "generation_config.json").write_text(
        json.dumps({"bos_token_id": tokenizer.token_to_id("<s>"), "eos_token_id": tokenizer.token_to_id("<|end|>")}),
        encoding="utf-8",
    )
    return tokenizer.get_vocab_size()


def _write_weights(out: Path, vocab_size: int, *, seed: int) -> None:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    vocab = json.loads((out / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    config = LlamaConfig(
        **{k: v for k, v in _LLAMA_CONFIG.items() if k not in {"architectures", "model_type"}},
        vocab_size=vocab_size,
        bos_token_id=vocab["<s>"],
        eos_token_id=vocab["<|end|>"],
        pad_token_id=vocab["</s>"],
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.save_pretrained(out, safe_serialization=True)
