"""The MinHash bands that find near-copy candidates: kept in the store, so computed by Pactline itself (never
changing with a library's version), equal to the reference MinHash and LSH of datasketch where installed."""

import numpy as np
import pytest

from pactline.link.index import BANDS, ROWS, band_keys, minhash
from pactline.link.text import shingle_codes

TEXTS = [
    "Mongolia and Laos agreed to open a direct air route between Ulaanbaatar and Vientiane next spring.",
    "Mongolia and Laos agreed to open a direct air route between Ulaanbaatar and Vientiane next summer.",
    "Fiji pledged to double its imports of Chilean copper by 2030, its trade minister told reporters.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_signature_equals_datasketch_affine32(text):
    datasketch = pytest.importorskip("datasketch")
    codes = shingle_codes(text)
    reference = datasketch.MinHash(num_perm=128, hashfunc=lambda v: v, scheme="affine32")
    reference.update_batch(codes.tolist())
    assert np.array_equal(minhash(codes), reference.hashvalues)


def test_lsh_candidates_are_pairs_sharing_a_band_key():
    datasketch = pytest.importorskip("datasketch")
    lsh = datasketch.MinHashLSH(threshold=0.5, num_perm=128)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    keys = [set(band_keys(shingle_codes(t))) for t in TEXTS]
    assert keys[0] & keys[1] and not keys[0] & keys[2]


def test_keys_are_fixed_numbers():
    keys = band_keys(shingle_codes(TEXTS[2]))
    assert len(keys) == BANDS and all(-(2**63) <= k < 2**63 for k in keys)
    assert keys == band_keys(shingle_codes(TEXTS[2]))
