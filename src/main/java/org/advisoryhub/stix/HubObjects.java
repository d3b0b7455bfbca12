package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Objects the hub itself authors: its system identity and the extension definition that carries the chain of
 * a crypto address on an indicator (STIX has no wallet object; the pattern follows OpenCTI).
 */
public final class HubObjects {

    /** Fixed ids (UUIDv4, chosen once): partners' tools key on them, so they are the same on every installation. */
    public static final String IDENTITY_ID = "identity--e12f6e11-cdd6-425e-9a4e-5d6acf857a00";

    public static final String WALLET_EXTENSION_ID = "extension-definition--8d145ae8-5efa-4235-b115-fd6f96e906d6";
    public static final String WALLET_OBSERVABLE_EXTENSION_ID =
            "extension-definition--1f9864ac-25f3-47bb-8db1-ee4b3ece3255";
    public static final String PHONE_OBSERVABLE_EXTENSION_ID =
            "extension-definition--3c0f6a52-9e4b-4d7e-a1f8-5b2c7d9e0a14";
    public static final String PERSONA_EXTENSION_ID = "extension-definition--9b1e4c7a-6d2f-4e8b-b3a5-0c7d1e2f3a4b";
    static final String CREATED = "2026-01-01T00:00:00.000Z";

    private HubObjects() {}

    public static ObjectNode identity() {
        ObjectNode o = StixNode.of("identity", IDENTITY_ID)
                .str("name", "Advisory Hub")
                .str(
                        "description",
                        "The system that publishes joint advisories on behalf of their co-authoring organizations.")
                .str("identity_class", "system")
                .build();
        return stamped(o);
    }

    /** Extension definition for {@code chain}, {@code caip2} and {@code asset} on crypto-address indicators. */
    public static ObjectNode walletExtension() {
        ObjectNode o = StixNode.of("extension-definition", WALLET_EXTENSION_ID)
                .str("created_by_ref", IDENTITY_ID)
                .str("name", "Advisory Hub crypto address")
                .str(
                        "description",
                        "Adds the blockchain of a cryptocurrency address to the indicator whose pattern "
                                + "matches it ([cryptocurrency-wallet:value = '…'], as OpenCTI reads it).")
                .str(
                        "schema",
                        "Property extension on indicator: chain (string, required): BTC, ETH, BSC, POLYGON, "
                                + "ARBITRUM, OPTIMISM, BASE, AVALANCHE, TRON or OTHER; chain_name (string): the chain when OTHER; "
                                + "caip2 (string): CAIP-2 chain id such as eip155:1; asset (string): token ticker such as USDT. "
                                + "EVM addresses in the pattern are lower-case, Bech32 lower-case, Base58 as issued.")
                .str("version", "1.0.0")
                .list("extension_types", List.of("property-extension"))
                .build();
        return stamped(o);
    }

    /**
     * Extension definition of the {@code cryptocurrency-wallet} observable: the type OpenCTI reads (its
     * {@code value} is the address), defined here so strict parsers accept it as a new SCO type.
     */
    public static ObjectNode walletObservableExtension() {
        ObjectNode o = StixNode.of("extension-definition", WALLET_OBSERVABLE_EXTENSION_ID)
                .str("created_by_ref", IDENTITY_ID)
                .str("name", "Cryptocurrency wallet observable")
                .str(
                        "description",
                        "A cryptocurrency address as a cyber-observable, in the form OpenCTI imports and "
                                + "exports (type cryptocurrency-wallet, property value). The chain is on the indicator, because "
                                + "one EVM address is the same observable on every EVM chain.")
                .str(
                        "schema",
                        "New SCO type cryptocurrency-wallet: value (string, required): the address, EVM "
                                + "lower-case, Bech32 lower-case, Base58 as issued. ID-contributing property: value.")
                .str("version", "1.0.0")
                .list("extension_types", List.of("new-sco"))
                .build();
        return stamped(o);
    }

    /**
     * Extension definition of the {@code phone-number} observable: STIX 2.1 has no phone number object; this is the
     * type and property OpenCTI uses for its Phone-Number observable, defined here so strict parsers accept it.
     */
    public static ObjectNode phoneObservableExtension() {
        ObjectNode o = StixNode.of("extension-definition", PHONE_OBSERVABLE_EXTENSION_ID)
                .str("created_by_ref", IDENTITY_ID)
                .str("name", "Phone number observable")
                .str(
                        "description",
                        "A telephone number as a cyber-observable, in the form OpenCTI imports and exports (type "
                                + "phone-number, property value), as IT-worker personas give them to employers and platforms.")
                .str(
                        "schema",
                        "New SCO type phone-number: value (string, required): the number in E.164 (+821012345678). "
                                + "ID-contributing property: value.")
                .str("version", "1.0.0")
                .list("extension_types", List.of("new-sco"))
                .build();
        return stamped(o);
    }

    /** Extension definition for {@code aliases} on a person or persona (STIX 2.1 identities have no aliases). */
    public static ObjectNode personaExtension() {
        ObjectNode o = StixNode.of("extension-definition", PERSONA_EXTENSION_ID)
                .str("created_by_ref", IDENTITY_ID)
                .str("name", "Advisory Hub persona")
                .str(
                        "description",
                        "Adds the other names a person or persona goes by to its individual identity; the description "
                                + "lists them too, for tools that drop unknown extensions.")
                .str("schema", "Property extension on identity: aliases (list of string, required): the other names.")
                .str("version", "1.0.0")
                .list("extension_types", List.of("property-extension"))
                .build();
        return stamped(o);
    }

    private static ObjectNode stamped(ObjectNode o) {
        o.put("created", CREATED);
        o.put("modified", CREATED);
        return o;
    }
}
