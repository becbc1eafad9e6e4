"""Vectorised NumPy Euler-Maruyama for the windmill model (examples/games/windmill.yaml) under
multiplicative noise, dx = x(1-x)g(x) dt + sigma x dW per population, clipped to [0, 1]: what users
write, the baseline of SdeBenchmark (docs/sde.md). All paths advance together, one step at a time.

Usage: python3 benchmarks/python/windmill_em.py [PATHS] [STEPS]   (defaults 1000 10000)
"""

import sys
import time

import numpy as np

R, C, S, F, T, I, V, Cg, Sp, Pf, N, Cp, K, rho, G = 4, 5, 1.5, 1, 1, 1, 6, 1, 1, 2, 1, 2.5, 3, 2, 0.5
SIGMA, DT = 0.5, 0.01


def run(paths, steps, seed=1):
    rng = np.random.default_rng(seed)
    x = np.tile(np.array([0.2, 0.5, 0.5, 0.5]), (paths, 1))
    sq = np.sqrt(DT)
    g = np.empty_like(x)
    for _ in range(steps):
        a, y, z, w = x[:, 0], x[:, 1], x[:, 2], x[:, 3]
        g[:, 0] = R - C + (S + F) * y + T * z + I * w
        g[:, 1] = F - Cg + (V / 2 - S - F) * a - Sp * z
        g[:, 2] = Pf * a - Cp + Sp * y + N * w
        g[:, 3] = K * a - rho + G * y + N * z / 2
        x += x * (1 - x) * g * DT + SIGMA * x * sq * rng.standard_normal(x.shape)
        np.clip(x, 0, 1, out=x)
    return x.mean(axis=0)


if __name__ == "__main__":
    paths = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    t0 = time.perf_counter()
    mean = run(paths, steps)
    print(f"{paths} paths x {steps} steps: {time.perf_counter() - t0:.3f} s; mean end state {mean}")
