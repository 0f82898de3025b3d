package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * A proposal (project): what LSDC fetches from the NSLS-II proposal service, kept locally so the visit guard
 * and the spreadsheet import can check against it.
 *
 * @param proposalID the proposal number, as on samples and requests
 * @param pi         the principal investigator
 * @param visits     visit names (LSDC synthesises {@code mx<proposal>-1})
 * @param users      Unix logins allowed to act for the proposal
 */
public record Proposal(String uid, double time, int proposalID, String title, String pi, List<String> visits,
                       List<String> users) {
    static final String TITLE = "title";
    static final String PI = "pi";
    static final String VISITS = "visits";
    static final String USERS = "users";

    public Proposal {
        visits = List.copyOf(visits);
        users = List.copyOf(users);
    }

    /** LSDC's default visit name for a proposal. */
    public static String defaultVisitName(int proposalID) {
        return "mx" + proposalID + "-1";
    }

    static Proposal fromDocument(Document d) {
        Integer id = Docs.proposal(d);
        return new Proposal(d.getString(Docs.UID), Docs.number(d, Docs.TIME, 0), id == null ? 0 : id,
                Docs.string(d, TITLE), Docs.string(d, PI), strings(d.get(VISITS)), strings(d.get(USERS)));
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> {
                if (x != null) {
                    out.add(x.toString());
                }
            });
        }
        return out;
    }
}
