package org.advisoryhub.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Map;
import org.advisoryhub.common.error.ValidationFailedException;

/**
 * The blockchain of a crypto address. EVM chains share one address format; {@code OTHER} carries a free
 * chain name and an opaque value the hub cannot check.
 */
public enum Chain {
    BTC(false, "bip122:000000000019d6689c085ae165831e93"),
    ETH(true, "eip155:1"),
    BSC(true, "eip155:56"),
    POLYGON(true, "eip155:137"),
    ARBITRUM(true, "eip155:42161"),
    OPTIMISM(true, "eip155:10"),
    BASE(true, "eip155:8453"),
    AVALANCHE(true, "eip155:43114"),
    TRON(false, "tron:mainnet"),
    OTHER(false, null);

    private static final Map<String, Chain> ALIASES = Map.ofEntries(
            Map.entry("XBT", BTC),
            Map.entry("BITCOIN", BTC),
            Map.entry("ETHEREUM", ETH),
            Map.entry("BNB", BSC),
            Map.entry("BNB_SMART_CHAIN", BSC),
            Map.entry("BEP20", BSC),
            Map.entry("MATIC", POLYGON),
            Map.entry("ARB", ARBITRUM),
            Map.entry("OP", OPTIMISM),
            Map.entry("AVAX", AVALANCHE),
            Map.entry("TRX", TRON),
            Map.entry("ERC20", ETH),
            Map.entry("TRC20", TRON));

    private final boolean evm;
    private final String caip2;

    Chain(boolean evm, String caip2) {
        this.evm = evm;
        this.caip2 = caip2;
    }

    public boolean isEvm() {
        return evm;
    }

    /** CAIP-2 chain id, for consumers that key wallets by chain. */
    public String caip2() {
        return caip2;
    }

    @JsonCreator
    /** A {@code chain} query parameter: null when absent, a 400 naming {@code chain} when unknown. */
    public static Chain fromQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("chain", e.getMessage());
        }
    }

    public static Chain parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Chain chain : values()) {
            if (chain.name().equals(key)) {
                return chain;
            }
        }
        Chain alias = ALIASES.get(key);
        if (alias == null) {
            throw new IllegalArgumentException(
                    "unknown chain '" + text + "' (use OTHER with chainName for chains the hub does not know)");
        }
        return alias;
    }

    /** Like {@link #parse} but returns null instead of failing. */
    public static Chain lookup(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
