/**
 * Participation policies and charters as data, compliance checks, decision procedures and seat
 * apportionment for multi-stakeholder processes.
 */
module org.msptoolkit.governance {
    requires transitive org.msptoolkit.core;

}
