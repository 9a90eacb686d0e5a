package nl.weerbaar.core.catalog;

/**
 * Criteria for selecting measures; a {@code null} criterion selects everything.
 *
 * @param pillar      pillar number
 * @param phase       crisis phase the measure applies in
 * @param party       party code, responsible or partner
 * @param mostCrucial only the most crucial ({@code true}) or only the others ({@code false})
 * @param text        words that must all occur in ref, title or text
 */
public record MeasureQuery(Integer pillar, Phase phase, String party, Boolean mostCrucial, String text) {

    public static MeasureQuery all() {
        return new MeasureQuery(null, null, null, null, null);
    }

    public MeasureQuery withPillar(Integer number) {
        return new MeasureQuery(number, phase, party, mostCrucial, text);
    }

    public MeasureQuery withPhase(Phase value) {
        return new MeasureQuery(pillar, value, party, mostCrucial, text);
    }

    public MeasureQuery withParty(String code) {
        return new MeasureQuery(pillar, phase, code, mostCrucial, text);
    }

    public MeasureQuery withMostCrucial(Boolean value) {
        return new MeasureQuery(pillar, phase, party, value, text);
    }

    public MeasureQuery withText(String value) {
        return new MeasureQuery(pillar, phase, party, mostCrucial, value);
    }
}
