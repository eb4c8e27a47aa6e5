package org.msptoolkit.network.internal;

import java.util.List;
import org.msptoolkit.network.ProcessNode;
import org.msptoolkit.network.StakeholderNode;

/**
 * The network as integer arrays, for the algorithms: process {@code i} is {@code processes.get(i)}, stakeholder
 * {@code j} is {@code stakeholders.get(j)}. Every int array is sorted and free of repeats unless said otherwise.
 *
 * @param processes the process nodes, in corpus order
 * @param stakeholders the stakeholder nodes, in order of first appearance
 * @param processStakeholders per process, its stakeholders
 * @param stakeholderProcesses per stakeholder, its processes
 * @param links per process, the processes it is linked to by a declared link (either direction, in the corpus)
 * @param sectors per process, indexes of its sectors
 * @param countries per process, indexes of its countries
 * @param levelMasks per process, bit {@code l.ordinal()} set for each of its levels
 * @param stakeholderGroups per stakeholder, the index of its group
 * @param groupCodes group index to group code
 * @param sectorCodes sector index to sector code
 * @param countryCodes country index to country code
 */
// int arrays per process or stakeholder, read by index only; the record is never compared or hashed
@SuppressWarnings("ArrayRecordComponent")
public record NetworkIndex(
        List<ProcessNode> processes,
        List<StakeholderNode> stakeholders,
        int[][] processStakeholders,
        int[][] stakeholderProcesses,
        int[][] links,
        int[][] sectors,
        int[][] countries,
        int[] levelMasks,
        int[] stakeholderGroups,
        List<String> groupCodes,
        List<String> sectorCodes,
        List<String> countryCodes) {

    /**
     * Returns whether processes {@code i} and {@code q} share a stakeholder or a declared link.
     *
     * @param i a process
     * @param q another process
     * @return whether they are tied
     */
    public boolean tied(int i, int q) {
        int[] li = links[i];
        if (li.length > 0 && java.util.Arrays.binarySearch(li, q) >= 0) {
            return true;
        }
        int[] a = processStakeholders[i];
        int[] b = processStakeholders[q];
        return a.length > 0 && b.length > 0 && Ints.intersection(a, b) > 0;
    }
}
