package nl.weerbaar.core.catalog.internal;

import nl.weerbaar.core.catalog.Basis;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.MeasureId;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Pillar;
import nl.weerbaar.core.catalog.Provenance;
import nl.weerbaar.core.catalog.Translations;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps the validated file-format types to the domain model. Only ever called on a document without violations.
 */
@Mapper
public interface CatalogMapper {

    CatalogMapper INSTANCE = Mappers.getMapper(CatalogMapper.class);

    /** The catalog, resolving pillar numbers and party codes against its own lists. */
    default Catalog toCatalog(CatalogDocument document, String source) {
        List<Pillar> pillars = document.pillars().stream().map(this::toPillar).toList();
        List<Party> parties = document.parties().stream().map(this::toParty).toList();
        return toCatalog(document, source, new References(pillars, parties), pillars, parties);
    }

    @Mapping(target = "source", source = "source")
    @Mapping(target = "pillars", source = "pillarList")
    @Mapping(target = "parties", source = "partyList")
    Catalog toCatalog(CatalogDocument document, String source, @Context References references,
                      List<Pillar> pillarList, List<Party> partyList);

    Pillar toPillar(PillarDocument document);

    Party toParty(PartyDocument document);

    @Mapping(target = "id", source = "urn")
    @Mapping(target = "partnersKnown", expression = "java(document.partners().known())")
    Measure toMeasure(MeasureDocument document, @Context References references);

    /** The known partners; none when the file says {@code unknown}. */
    default List<Party> toPartners(PartnersDocument partners, @Context References references) {
        return partners.codesOrEmpty().stream().map(references::party).toList();
    }

    Provenance toProvenance(ProvenanceDocument document);

    default Measures toMeasures(List<MeasureDocument> documents, @Context References references) {
        return Measures.of(documents.stream().map(d -> toMeasure(d, references)).toList());
    }

    default MeasureId toMeasureId(String urn) {
        return new MeasureId(urn);
    }

    default Pillar toPillar(Integer number, @Context References references) {
        return references.pillar(number);
    }

    default Party toParty(String code, @Context References references) {
        return references.party(code);
    }

    default Basis toBasis(String basis) {
        return Basis.valueOf(basis.toUpperCase(Locale.ROOT));
    }

    default Locale toLocale(String languageTag) {
        return Locale.forLanguageTag(languageTag);
    }

    default Translations toTranslations(Map<String, Map<String, String>> translations) {
        return new Translations(translations);
    }

    /** The pillars and parties a catalog's measures refer to, by number and code. */
    record References(Map<Integer, Pillar> pillars, Map<String, Party> parties) {

        public References(List<Pillar> pillars, List<Party> parties) {
            this(pillars.stream().collect(Collectors.toMap(Pillar::number, Function.identity())),
                    parties.stream().collect(Collectors.toMap(Party::code, Function.identity())));
        }

        Pillar pillar(Integer number) {
            Pillar pillar = pillars.get(number);
            if (pillar == null) {
                throw new NoSuchElementException("no pillar " + number);
            }
            return pillar;
        }

        Party party(String code) {
            Party party = parties.get(code);
            if (party == null) {
                throw new NoSuchElementException("no party " + code);
            }
            return party;
        }
    }
}
