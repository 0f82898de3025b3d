#!/usr/bin/python3
"""Generate the theoretical X-ray tables shipped with the analysis module.

NOT run by the build: the generated files are committed under
``analysis/src/main/resources/org/lsdcfx/analysis/``. Re-run it by hand (from any directory)
only to add an element or change the grids, then re-run the module's tests:

    apt-get install python3-xraylib      # Debian 12: xraylib 4.0.0
    /usr/bin/python3 analysis/tools/generate_tables.py

It writes

* ``escan/<El>-<edge>.tsv`` for each (element, edge) in ``ANOMALOUS_EDGES``: theoretical f' and
  f'' (electrons) from edge-1500 eV to edge+1500 eV (0.25 eV steps within 30 eV of any edge of
  the element, 1 eV within 300 eV of the named edge, 10 eV further out), plus ``escan/index.tsv``;
* ``xrf/xrf-lines.tsv``: edge energies, fluorescence yields, jump factors and the main emission
  lines (energy, radiative rate) of the elements in ``XRF_ELEMENTS``.

How f'' and f' are made (all data from xraylib; nothing fitted by hand):

1. Sharp isolated-atom f'' from xraylib's photo-ionisation cross section through the optical
   theorem, f'' = E * sigma_photo / (2 h c r_e). Away from edges it equals xraylib's ``Fii``
   (EPDL97 anomalous scattering factors) to 1-2 %, but unlike ``Fii``, which xraylib
   interpolates on EPDL97's coarse energy grid and therefore smears each edge over ~100 eV, it
   steps sharply; the step is put exactly at xraylib's tabulated edge energy (within 1 eV of it
   each side is extrapolated from outside, as the cross-section grid's own step may sit ~0.1 eV off).
2. Each edge step is broadened by the core-hole lifetime: the step of height D at edge E_i becomes
   D * (1/2 + atan(2 (E - E_i) / Gamma_i) / pi), i.e. a step convolved with a Lorentzian of FWHM
   Gamma_i (xraylib ``AtomicLevelWidth``). This is still an isolated atom: no white line and no
   XANES/EXAFS structure; the experimental scan has those, which is why the analysis normalises
   the experiment to this curve only away from the edge.
3. f' = xraylib ``Fi`` (EPDL97 f', which includes the relativistic terms) + the Kramers-Kronig
   transform of (broadened f'' - EPDL97 f''). That difference is non-zero only within a few
   hundred eV of the edges, so the transform needs no data far from the edge (the differential
   Kramers-Kronig method also used by Chooch).

The script prints, per table, the f' minimum, the largest |f' - Fi| far (> 1000 eV) from every
edge (a check: a few hundredths of an electron) and the relative f'' mismatch at the ends of the
transform range; it stops if that mismatch exceeds KK_TAIL_LIMIT.
"""

import math
import os
import sys

import numpy as np
import xraylib as xrl

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "src", "main", "resources", "org", "lsdcfx", "analysis")

# MAD/SAD edges reachable at an MX beamline (about 4.5-20 keV). I L3 (4.56 keV) is included because
# iodine is a common SAD derivative at long wavelength.
ANOMALOUS_EDGES = [
    ("Mn", "K"), ("Fe", "K"), ("Co", "K"), ("Ni", "K"), ("Cu", "K"), ("Zn", "K"), ("Se", "K"),
    ("Br", "K"),
    ("I", "L3"), ("Sm", "L3"), ("Gd", "L3"), ("Yb", "L3"), ("Pt", "L3"), ("Au", "L3"),
    ("Hg", "L3"), ("Pb", "L3"),
]

SHELLS = {"K": xrl.K_SHELL, "L1": xrl.L1_SHELL, "L2": xrl.L2_SHELL, "L3": xrl.L3_SHELL,
          "M1": xrl.M1_SHELL, "M2": xrl.M2_SHELL, "M3": xrl.M3_SHELL, "M4": xrl.M4_SHELL,
          "M5": xrl.M5_SHELL}

HALF_RANGE_EV = 1500.0
MEDIUM_HALF_RANGE_EV = 300.0
FINE_HALF_RANGE_EV = 30.0
COARSE_STEP_EV, MEDIUM_STEP_EV, FINE_STEP_EV = 10.0, 1.0, 0.25
KK_HALF_RANGE_EV = 3000.0  # where (broadened f'' - EPDL97 f'') is integrated
# Largest accepted |broadened f'' - EPDL97 f''| / f'' at the ends of that range: the two tabulations
# agree to 1-2 % away from edges, so the truncated transform is good to a few hundredths of an electron.
KK_TAIL_LIMIT = 0.02
# xraylib's cross-section step sits up to ~0.1 eV from its tabulated edge energy; within this
# distance of an edge the sharp f'' is extrapolated from outside (see f2_sharp_at_edges).
EDGE_GUARD_EV = 1.0

HC_EV_CM = 1.23984198e-4   # h c in eV cm
R_E_CM = 2.8179403262e-13  # classical electron radius in cm
AVOGADRO = 6.02214076e23

# XRF identification candidates: light elements seen in air/buffers up to U, without the short-lived ones.
XRF_ELEMENTS = [z for z in range(13, 93) if z not in (43, 61, 84, 85, 86, 87, 88, 89, 91)]
XRF_LINES = [  # (name, shell, xraylib macro)
    ("KA1", "K", xrl.KA1_LINE), ("KA2", "K", xrl.KA2_LINE), ("KB1", "K", xrl.KB1_LINE),
    ("KB3", "K", xrl.KB3_LINE), ("KB2", "K", xrl.KB2_LINE),
    ("LA1", "L3", xrl.LA1_LINE), ("LA2", "L3", xrl.LA2_LINE), ("LB2", "L3", xrl.LB2_LINE),
    ("LL", "L3", xrl.LL_LINE),
    ("LB1", "L2", xrl.LB1_LINE), ("LG1", "L2", xrl.LG1_LINE), ("LE", "L2", xrl.LE_LINE),
    ("LB3", "L1", xrl.LB3_LINE), ("LB4", "L1", xrl.LB4_LINE), ("LG3", "L1", xrl.LG3_LINE),
]
XRF_MIN_LINE_EV, XRF_MAX_LINE_EV = 900.0, 30000.0


def source_lines():
    version = getattr(xrl, "__version__", "unknown")
    return [
        f"source: xraylib {version} (Debian python3-xraylib; T. Schoonjans et al., Spectrochim. Acta B 66 (2011) 776-784)",
        "source: f' base = xraylib Fi (EPDL97 anomalous scattering factors, D.E. Cullen et al., LLNL UCRL-50400 Vol.6 Rev.5, via IAEA)",
        "source: f'' = E*sigma/(2*h*c*r_e) with sigma = xraylib CS_Photo; edge energies = xraylib EdgeEnergy;"
        " core-hole widths = xraylib AtomicLevelWidth",
        "generator: analysis/tools/generate_tables.py (see its docstring for the method)",
    ]


def z_of(symbol):
    return xrl.SymbolToAtomicNumber(symbol)


def edge_energy_ev(z, shell):
    try:
        return xrl.EdgeEnergy(z, SHELLS[shell]) * 1000.0
    except ValueError:
        return 0.0


def level_width_ev(z, shell):
    try:
        return xrl.AtomicLevelWidth(z, SHELLS[shell]) * 1000.0
    except ValueError:
        return 0.0


def f2_sharp(z, energies_ev):
    """Isolated-atom f'' from the photo-ionisation cross section (sharp edges)."""
    grams_per_atom = xrl.AtomicWeight(z) / AVOGADRO
    out = np.empty_like(energies_ev)
    for i, e in enumerate(energies_ev):
        sigma = xrl.CS_Photo(z, e / 1000.0) * grams_per_atom  # cm^2 per atom
        out[i] = sigma * e / (2.0 * HC_EV_CM * R_E_CM)
    return out


def f2_sharp_at_edges(z, energies_ev, edge_energies):
    """Sharp f'' with each step placed exactly at the tabulated edge energy.

    xraylib's cross-section grid puts its step up to ~0.1 eV away from EdgeEnergy, so within
    EDGE_GUARD_EV of an edge each side is extrapolated linearly from points outside the guard.
    """
    e = np.asarray(energies_ev, dtype=float)
    f2 = f2_sharp(z, e)
    g = EDGE_GUARD_EV
    for edge_ev in edge_energies:
        near = np.abs(e - edge_ev) < g
        if not near.any():
            continue
        below = f2_sharp(z, np.array([edge_ev - 2 * g, edge_ev - g]))
        above = f2_sharp(z, np.array([edge_ev + g, edge_ev + 2 * g]))
        for i in np.nonzero(near)[0]:
            if e[i] < edge_ev:
                f2[i] = below[1] + (below[1] - below[0]) * (e[i] - (edge_ev - g)) / g
            else:
                f2[i] = above[0] + (above[1] - above[0]) * (e[i] - (edge_ev + g)) / g
    return f2


def edges_near(z, centre_ev, half_range_ev):
    """(energy, width, step height) of every edge of element z within the range."""
    found = []
    for shell in SHELLS:
        e = edge_energy_ev(z, shell)
        if e <= 0 or abs(e - centre_ev) > half_range_ev:
            continue
        sides = f2_sharp_at_edges(z, np.array([e - 1e-3, e]), [e])
        step = sides[1] - sides[0]
        if step > 1e-3:
            found.append((e, level_width_ev(z, shell), step))
    return found


def f2_broadened(z, energies_ev, edges):
    """Sharp f'' with each edge step replaced by a Lorentzian-broadened (arctan) step."""
    e = np.asarray(energies_ev, dtype=float)
    f2 = f2_sharp_at_edges(z, e, [edge_ev for edge_ev, _, _ in edges])
    for edge_ev, width_ev, step in edges:
        heaviside = (e >= edge_ev).astype(float)
        arctan_step = 0.5 + np.arctan(2.0 * (e - edge_ev) / width_ev) / math.pi
        f2 += step * (arctan_step - heaviside)
    return f2


def hilbert_piecewise_linear(x, g, at):
    """(1/pi) * [P.V. int g(x')/(E-x') dx' - int g(x')/(E+x') dx'] for piecewise-linear g.

    This is the Kramers-Kronig term (2/pi) P.V. int x' g(x') / (E^2 - x'^2) dx' over the grid.
    Each segment is integrated exactly; the log-singular terms at a node cancel between the two
    segments that share it, so they are dropped.
    """
    x0, x1 = x[:-1], x[1:]
    g0, g1 = g[:-1], g[1:]
    slope = (g1 - g0) / (x1 - x0)
    out = np.empty(len(at))
    for i, energy in enumerate(at):
        # int g/(E+x) dx = -segment_sum(-E), hence the plus sign.
        out[i] = (segment_sum(energy, x0, x1, g0, slope) + segment_sum(-energy, x0, x1, g0, slope)) / math.pi
    return out


def segment_sum(energy, x0, x1, g0, slope):
    """Sum over segments of int g(x)/(energy - x) dx with g linear on each segment."""
    d0, d1 = np.abs(energy - x0), np.abs(energy - x1)
    with np.errstate(divide="ignore"):
        l0 = np.where(d0 > 0, np.log(d0), 0.0)
        l1 = np.where(d1 > 0, np.log(d1), 0.0)
    g_at_energy = g0 + slope * (energy - x0)
    return float(np.sum(g_at_energy * (l0 - l1) - slope * (x1 - x0)))


def grid(parts):
    pts = np.unique(np.round(np.concatenate(parts), 4))
    return pts


def aligned(centre, half, step):
    n = int(round(half / step))
    return centre + step * np.arange(-n, n + 1)


def output_grid(edge_ev, edges):
    parts = [aligned(edge_ev, HALF_RANGE_EV, COARSE_STEP_EV), aligned(edge_ev, MEDIUM_HALF_RANGE_EV, MEDIUM_STEP_EV)]
    for e, _, _ in edges:
        parts.append(aligned(e, FINE_HALF_RANGE_EV, FINE_STEP_EV))
    pts = grid(parts)
    return pts[(pts >= edge_ev - HALF_RANGE_EV - 1e-6) & (pts <= edge_ev + HALF_RANGE_EV + 1e-6)]


def kk_grid(edge_ev, edges):
    parts = [aligned(edge_ev, KK_HALF_RANGE_EV, 2.0), aligned(edge_ev, 400.0, 0.5)]
    for e, _, _ in edges:
        parts.append(aligned(e, 15.0, 0.05))
    pts = grid(parts)
    return pts[(pts >= edge_ev - KK_HALF_RANGE_EV - 1e-6) & (pts <= edge_ev + KK_HALF_RANGE_EV + 1e-6)]


def epdl_f1(z, energies_ev):
    return np.array([xrl.Fi(z, e / 1000.0) for e in energies_ev])


def epdl_f2(z, energies_ev):
    return np.array([-xrl.Fii(z, e / 1000.0) for e in energies_ev])  # xraylib returns -f''


def make_anomalous_table(symbol, edge):
    z = z_of(symbol)
    e0 = edge_energy_ev(z, edge)
    edges = edges_near(z, e0, KK_HALF_RANGE_EV)
    kx = kk_grid(e0, edges)
    diff = f2_broadened(z, kx, edges) - epdl_f2(z, kx)
    ends = epdl_f2(z, kx[[0, -1]])
    tail = max(abs(diff[0]) / ends[0], abs(diff[-1]) / ends[1])
    if tail > KK_TAIL_LIMIT:
        sys.exit(f"{symbol} {edge}: f'' differs from EPDL97 by {100 * tail:.1f} % at +-{KK_HALF_RANGE_EV} eV")
    out_e = output_grid(e0, edges)
    f2 = f2_broadened(z, out_e, edges)
    f1 = epdl_f1(z, out_e) + hilbert_piecewise_linear(kx, diff, out_e)
    # Diagnostic: far from every edge the result must agree with EPDL97's own f'.
    far = np.abs(out_e - e0) > 1000.0
    for e, _, _ in edges:
        far &= np.abs(out_e - e) > 200.0
    drift = np.max(np.abs(f1[far] - epdl_f1(z, out_e[far])))
    own = [e for e in edges if abs(e[0] - e0) < 1e-6][0]
    header = [
        "LSDC-FX theoretical anomalous scattering factors (isolated atom, core-hole broadened)",
        f"element: {symbol}",
        f"Z: {z}",
        f"edge: {edge}",
        f"edge_energy_eV: {e0:.2f}",
        f"core_hole_width_eV: {own[1]:.2f}",
        f"edge_step_f2prime: {own[2]:.4f}",
        "other_edges_eV: " + (" ".join(f"{e:.2f}" for e, _, _ in edges if abs(e - e0) > 1e-6) or "none"),
        *source_lines(),
        "units: energy in eV; f' and f'' in electrons",
        "columns: energy_eV fprime f2prime",
    ]
    name = f"{symbol}-{edge}.tsv"
    path = os.path.join(RESOURCES, "escan", name)
    with open(path, "w") as out:
        for h in header:
            out.write("# " + h + "\n")
        for e, a, b in zip(out_e, f1, f2):
            out.write(f"{e:.2f}\t{a:.4f}\t{b:.4f}\n")
    imin = int(np.argmin(f1))
    print(f"{symbol:2s} {edge:2s} E0={e0:9.2f} width={own[1]:.2f} step={own[2]:.3f} rows={len(out_e)} "
          f"f'min={f1[imin]:.2f}@{out_e[imin] - e0:+.2f} f''(E0+30)={f2[np.argmin(np.abs(out_e - e0 - 30))]:.2f} "
          f"|f'-Fi|far={drift:.3f} KK tail={100 * tail:.2f}%")
    return symbol, edge, name, e0


def make_index(entries):
    path = os.path.join(RESOURCES, "escan", "index.tsv")
    with open(path, "w") as out:
        out.write("# Theoretical f'/f'' tables shipped with LSDC-FX (see analysis/tools/generate_tables.py)\n")
        out.write("# columns: element edge file edge_energy_eV\n")
        for symbol, edge, name, e0 in entries:
            out.write(f"{symbol}\t{edge}\t{name}\t{e0:.2f}\n")


def make_xrf_lines():
    path = os.path.join(RESOURCES, "xrf", "xrf-lines.tsv")
    with open(path, "w") as out:
        out.write("# LSDC-FX X-ray fluorescence data for element identification\n")
        for s in source_lines()[:1]:
            out.write("# " + s + "\n")
        out.write("# source: xraylib EdgeEnergy, FluorYield, JumpFactor, LineEnergy, RadRate\n")
        out.write("# units: energies in eV; yield, jump and rate dimensionless (rate = fraction of the shell's radiative decays)\n")
        out.write("# rows: E <symbol> <Z> <shell> <edge_eV> <fluorescence_yield> <jump_factor>\n")
        out.write("#       L <symbol> <line> <shell> <energy_eV> <rate>\n")
        for z in XRF_ELEMENTS:
            symbol = xrl.AtomicNumberToSymbol(z)
            for shell in ("K", "L1", "L2", "L3"):
                e = edge_energy_ev(z, shell)
                if e <= 0:
                    continue
                try:
                    yld = xrl.FluorYield(z, SHELLS[shell])
                    jump = xrl.JumpFactor(z, SHELLS[shell])
                except ValueError:
                    continue
                out.write(f"E\t{symbol}\t{z}\t{shell}\t{e:.1f}\t{yld:.5f}\t{jump:.4f}\n")
            for name, shell, macro in XRF_LINES:
                try:
                    energy = xrl.LineEnergy(z, macro) * 1000.0
                    rate = xrl.RadRate(z, macro)
                except ValueError:
                    continue
                if XRF_MIN_LINE_EV <= energy <= XRF_MAX_LINE_EV and rate > 1e-4:
                    out.write(f"L\t{symbol}\t{name}\t{shell}\t{energy:.1f}\t{rate:.5f}\n")


def main():
    os.makedirs(os.path.join(RESOURCES, "escan"), exist_ok=True)
    os.makedirs(os.path.join(RESOURCES, "xrf"), exist_ok=True)
    make_index([make_anomalous_table(s, e) for s, e in ANOMALOUS_EDGES])
    make_xrf_lines()


if __name__ == "__main__":
    main()
