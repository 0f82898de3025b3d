package org.lsdcfx.analysis.xrf;

/** Core levels whose vacancies give the fluorescence lines used here. */
public enum Shell {
    K, L1, L2, L3
}
