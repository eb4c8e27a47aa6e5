/**
 * Test support for msp-toolkit and for users who test their own indicators, rules and importers.
 *
 * <ul>
 *   <li>{@link org.msptoolkit.testkit.ProcessGenerator} makes seeded, arbitrary <em>valid</em>
 *       multi-stakeholder processes, from {@link org.msptoolkit.testkit.ProcessSize#TINY} (a handful of
 *       people) to {@link org.msptoolkit.testkit.ProcessSize#HUGE} (tens of thousands of participants).</li>
 *   <li>{@link org.msptoolkit.testkit.Corruptions} turns a valid process into a typical invalid one; each
 *       {@link org.msptoolkit.testkit.Corruption} knows the model path and problem code validation must
 *       report ({@link org.msptoolkit.testkit.Corrupted}).</li>
 *   <li>{@link org.msptoolkit.testkit.Property} runs a property over many seeds in a plain JUnit 5 test
 *       and names the failing seed, which {@code -Dmsp.seed=N} replays.</li>
 * </ul>
 *
 * <pre>{@code
 * Property.forAllProcesses(200, ProcessSize.SMALL, p -> assertThat(p.validate().isValid()).isTrue());
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.testkit;
