"""Reference k-means for tools/bench-cluster.ts (never needed by set-up or tests).

Usage: /usr/bin/python3 tools/reference/kmeans-reference.py DATA.npy K [LABELS_OUT]
Reads a float32 .npy matrix, runs scikit-learn's KMeans(n_clusters=K, n_init=1,
init='k-means++', random_state=0, algorithm='lloyd') and prints one JSON line with the inertia,
the fit time in seconds, the iteration count and the library versions. With LABELS_OUT, the labels
are written there as little-endian int32 so the bench can compare partitions.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans


def main() -> None:
    data = np.load(sys.argv[1])
    k = int(sys.argv[2])
    model = KMeans(n_clusters=k, n_init=1, init="k-means++", random_state=0, algorithm="lloyd")
    start = time.perf_counter()
    model.fit(data)
    seconds = time.perf_counter() - start
    if len(sys.argv) > 3:
        model.labels_.astype("<i4").tofile(sys.argv[3])
    print(json.dumps({
        "inertia": float(model.inertia_),
        "seconds": seconds,
        "iterations": int(model.n_iter_),
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "dtype": str(data.dtype),
        "shape": list(data.shape),
    }))


if __name__ == "__main__":
    main()
