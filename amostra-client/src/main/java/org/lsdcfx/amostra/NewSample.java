package org.lsdcfx.amostra;

/**
 * What it takes to create a sample (LSDC's {@code createSample}).
 *
 * @param proposalID may be null (commissioning samples)
 * @param model      optional, from the spreadsheet
 * @param sequence   optional, from the spreadsheet
 */
public record NewSample(String name, String owner, Integer proposalID, String model, String sequence) {
    public NewSample(String name, String owner, Integer proposalID) {
        this(name, owner, proposalID, null, null);
    }
}
