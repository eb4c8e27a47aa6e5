/**
 * The network of a corpus of multi-stakeholder processes: who takes part where, which processes share
 * stakeholders, which are linked, and where the links between sectors and levels are missing (Hemmati et al.
 * 2002, ch. 9).
 *
 * <pre>{@code
 * ProcessNetwork network = ProcessNetwork.of(processes);          // any Iterable<MspProcess>
 * NetworkReport report = NetworkAnalysis.defaults().analyse(network);
 * report.missingLinks().forEach(System.out::println);
 * NetworkExport.of(network, report).write(NetworkView.PROCESS, NetworkFormat.GRAPHML, writer);
 * }</pre>
 *
 * <p>Persons never become nodes: participants are only counted on ties, and stakeholders of kind
 * {@code individual} are left out (and counted). Stakeholders of different processes are the same node only
 * when {@link StakeholderIdentity} says so; similar names are reported as {@link MergeCandidate}s, never merged.
 *
 * @since 0.2.0
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.network;
