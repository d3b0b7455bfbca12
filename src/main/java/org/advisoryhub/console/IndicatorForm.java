package org.advisoryhub.console;

import jakarta.ws.rs.FormParam;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.indicator.dto.PersonaDetails;

/**
 * One saved indicator in the console's edit form. Kind, chain, platform, asset and hash details travel as hidden
 * fields so that saving the visible ones keeps them.
 */
public class IndicatorForm {

    @FormParam("kind")
    public String kind;

    @FormParam("value")
    public String value;

    @FormParam("chain")
    public String chain;

    @FormParam("chainName")
    public String chainName;

    @FormParam("asset")
    public String asset;

    @FormParam("hashAlgorithm")
    public String hashAlgorithm;

    @FormParam("fileName")
    public String fileName;

    @FormParam("platform")
    public String platform;

    @FormParam("validFrom")
    public String validFrom;

    @FormParam("validUntil")
    public String validUntil;

    @FormParam("confidence")
    public String confidence;

    @FormParam("description")
    public String description;

    @FormParam("sourceName")
    public String sourceName;

    @FormParam("sourceUrl")
    public String sourceUrl;

    /** A persona's other names, one per line. */
    @FormParam("aliases")
    public String aliases;

    /** The accounts a persona uses, one per line, as typed or as the hub shows them. */
    @FormParam("accounts")
    public String accounts;

    static IndicatorForm of(IndicatorResponse i) {
        IndicatorForm f = new IndicatorForm();
        f.kind = i.kind().label();
        f.value = i.value();
        f.chain = i.chain() == null ? null : i.chain().name();
        f.chainName = i.chainName();
        f.asset = i.asset();
        f.hashAlgorithm = i.hashAlgorithm() == null ? null : i.hashAlgorithm().stixName();
        f.fileName = i.fileName();
        f.platform = i.platform();
        f.validFrom = i.validFrom() == null ? null : i.validFrom().toString();
        f.validUntil = i.validUntil() == null ? null : i.validUntil().toString();
        f.confidence = i.confidence() == null ? null : i.confidence().toString();
        f.description = i.description();
        f.sourceName = i.sourceName();
        f.sourceUrl = i.sourceUrl();
        if (i.persona() != null) {
            f.aliases = String.join("\n", i.persona().aliases());
            f.accounts = String.join("\n", i.persona().accounts());
        }
        return f;
    }

    IndicatorInput input() {
        return new IndicatorInput(
                kind,
                value,
                chain,
                chainName,
                asset,
                hashAlgorithm,
                fileName,
                platform,
                ConsoleForms.blankToNull(validFrom),
                ConsoleForms.blankToNull(validUntil),
                confidence(),
                ConsoleForms.blankToNull(description),
                ConsoleForms.blankToNull(sourceName),
                ConsoleForms.blankToNull(sourceUrl),
                "persona".equals(kind) ? new PersonaDetails(lines(aliases), lines(accounts)) : null);
    }

    public boolean persona() {
        return "persona".equals(kind);
    }

    private static java.util.List<String> lines(String text) {
        return text == null
                ? java.util.List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private Integer confidence() {
        if (confidence == null || confidence.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(confidence.trim());
        } catch (NumberFormatException e) {
            throw org.advisoryhub.common.error.ValidationFailedException.of(
                    "confidence", "must be a number from 0 to 100");
        }
    }
}
