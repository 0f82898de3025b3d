package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/** Unit cell: edges in Å, angles in degrees. Stored as {@code {a, b, c, alpha, beta, gamma}}. */
public record UnitCell(double a, double b, double c, double alpha, double beta, double gamma) {
    public UnitCell {
        if (a <= 0 || b <= 0 || c <= 0 || alpha <= 0 || beta <= 0 || gamma <= 0 || alpha >= 180 || beta >= 180
                || gamma >= 180) {
            throw new IllegalArgumentException("not a unit cell: " + a + " " + b + " " + c + " " + alpha + " " + beta
                    + " " + gamma);
        }
    }

    Document toDocument() {
        return new Document("a", a).append("b", b).append("c", c).append("alpha", alpha).append("beta", beta)
                .append("gamma", gamma);
    }

    static UnitCell fromDocument(Document d) {
        return new UnitCell(Fields.num(d, "a"), Fields.num(d, "b"), Fields.num(d, "c"), Fields.num(d, "alpha"),
                Fields.num(d, "beta"), Fields.num(d, "gamma"));
    }
}
