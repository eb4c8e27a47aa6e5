package org.msptoolkit.imports.internal.participedia;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.imports.internal.Json;

/**
 * The documented crosswalks from Participedia's values (2018 machine keys such as {@code city/town}
 * and 2017/2019 labels such as {@code "Local Government (e.g. Village, Town, City)"}) to the MSP
 * taxonomy: scope of influence to levels, IAP2 spectrum and decision methods to process types,
 * organizer types and targeted participants to the nine Major Groups plus governments and
 * intergovernmental organisations (anything else becomes an "other stakeholders" group of its own).
 */
final class Crosswalk {
    private Crosswalk() {}

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    }

    static @Nullable Level level(String value) {
        String v = norm(value);
        if (v.startsWith("city")
                || v.contains("town")
                || v.startsWith("neighbourhood")
                || v.startsWith("neighborhood")
                || v.startsWith("metropolitan")
                || v.startsWith("local")) {
            return Level.LOCAL;
        }
        if (v.startsWith("regional") || v.startsWith("state") || v.startsWith("province")) {
            return Level.SUBNATIONAL;
        }
        if (v.equals("national")) {
            return Level.NATIONAL;
        }
        if (v.startsWith("multinational")) {
            return Level.REGIONAL;
        }
        if (v.startsWith("transnational") || v.startsWith("international") || v.startsWith("global")) {
            return Level.INTERNATIONAL;
        }
        return null;
    }

    /** IAP2 spectrum goal: inform, consult → informing; involve, collaborate → consensus; empower → decision. */
    static @Nullable ProcessType spectrum(String value) {
        String v = norm(value);
        if (v.startsWith("inform") || v.startsWith("consult")) {
            return ProcessType.INFORMING;
        }
        if (v.startsWith("involve") || v.startsWith("collaborate")) {
            return ProcessType.CONSENSUS_BUILDING;
        }
        if (v.startsWith("empower")) {
            return ProcessType.DECISION_MAKING;
        }
        return null;
    }

    /** Decision method: voting → decision-making; general agreement → consensus; opinion survey → informing. */
    static @Nullable ProcessType decisionMethod(String value) {
        String v = norm(value);
        if (v.startsWith("voting")) {
            return ProcessType.DECISION_MAKING;
        }
        if (v.startsWith("general agreement") || v.startsWith("getting sense") || v.contains("consensus")) {
            return ProcessType.CONSENSUS_BUILDING;
        }
        if (v.startsWith("opinion survey")) {
            return ProcessType.INFORMING;
        }
        return null;
    }

    /** 2017 kind of influence: consultation / awareness → informing; co-governance → decision-making. */
    static @Nullable ProcessType influence(String value) {
        String v = norm(value);
        if (v.startsWith("consultation") || v.startsWith("raise public awareness")) {
            return ProcessType.INFORMING;
        }
        if (v.startsWith("co-governance") || v.startsWith("direct decision")) {
            return ProcessType.DECISION_MAKING;
        }
        if (v.startsWith("community building") || v.startsWith("deliberation")) {
            return ProcessType.CONSENSUS_BUILDING;
        }
        if (v.startsWith("monitoring") || v.startsWith("evaluation")) {
            return ProcessType.MONITORING;
        }
        if (v.startsWith("implementation") || v.startsWith("co-production")) {
            return ProcessType.IMPLEMENTATION;
        }
        return null;
    }

    /**
     * The stakeholder group of an organizer type or a targeted participant group: a Major Group,
     * governments or IGOs where one fits, otherwise an "other stakeholders" group named after the
     * value.
     */
    static StakeholderGroup group(String value) {
        String v = norm(value);
        if (v.startsWith("women")) {
            return StakeholderGroup.WOMEN;
        }
        if (v.startsWith("youth") || v.startsWith("student") || v.startsWith("children")) {
            return StakeholderGroup.CHILDREN_AND_YOUTH;
        }
        if (v.startsWith("indigenous")) {
            return StakeholderGroup.INDIGENOUS_PEOPLES;
        }
        if (v.startsWith("international organization") || v.startsWith("intergovernmental")) {
            return StakeholderGroup.INTERGOVERNMENTAL_ORGANISATIONS;
        }
        if (v.startsWith("non-governmental")
                || v.startsWith("ngo")
                || v.startsWith("community based")
                || v.startsWith("community-based")
                || v.startsWith("stakeholder organization")
                || v.startsWith("faith-based")
                || v.startsWith("philanthropic")
                || v.startsWith("social movement")) {
            return StakeholderGroup.NGOS;
        }
        if (v.startsWith("local government")) {
            return StakeholderGroup.LOCAL_AUTHORITIES;
        }
        if (v.contains("government")
                || v.startsWith("appointed public servant")
                || v.startsWith("elected public official")) {
            return StakeholderGroup.GOVERNMENTS;
        }
        if (v.startsWith("for profit") || v.startsWith("for-profit") || v.startsWith("business")) {
            return StakeholderGroup.BUSINESS_AND_INDUSTRY;
        }
        if (v.startsWith("union") || v.startsWith("labor") || v.startsWith("labour") || v.startsWith("worker")) {
            return StakeholderGroup.WORKERS_AND_TRADE_UNIONS;
        }
        if (v.startsWith("academic") || v.startsWith("expert") || v.startsWith("research")) {
            return StakeholderGroup.SCIENCE_AND_TECHNOLOGY;
        }
        if (v.startsWith("farmer") || v.startsWith("rural")) {
            return StakeholderGroup.FARMERS;
        }
        return StakeholderGroup.of("participedia-" + Json.slug(value), label(value));
    }

    /** A readable label for a 2018 machine key ({@code lowincome_earners} → {@code Lowincome earners}). */
    static String label(String value) {
        String v = value.replace('_', ' ').strip();
        return v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }
}
