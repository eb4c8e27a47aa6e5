package org.msptoolkit.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msptoolkit.core.validation.Problem;

class IndexStructureTest {
    static IndexStructure small() {
        return IndexStructure.of(
                MetaRow.indicator("a", "P1", 1),
                        MetaRow.indicator("b", "P1", -1).withWeight(2),
                MetaRow.indicator("c", "P2", 1), MetaRow.aggregate("P1", 2, "Index"),
                MetaRow.aggregate("P2", 2, "Index"), MetaRow.index("Index", 3));
    }

    @Test
    void buildsTheHierarchy() {
        IndexStructure s = small();
        assertThat(s.levels()).isEqualTo(3);
        assertThat(s.index()).isEqualTo("Index");
        assertThat(s.indicators()).containsExactly("a", "b", "c");
        assertThat(s.children("P1")).containsExactly("a", "b");
        assertThat(s.codesAtLevel(2)).containsExactly("P1", "P2");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        CompositeDataException e = catchThrowableOfType(
                CompositeDataException.class,
                () -> IndexStructure.of(
                        MetaRow.indicator("a", "Nowhere", 1),
                        MetaRow.indicator("a", "P1", 1),
                        new MetaRow(
                                "b",
                                "b",
                                java.util.OptionalInt.of(1),
                                java.util.Optional.of("P1"),
                                1,
                                java.util.OptionalDouble.empty(),
                                NodeType.INDICATOR,
                                java.util.Optional.empty(),
                                java.util.OptionalDouble.empty(),
                                java.util.Optional.empty()),
                        MetaRow.aggregate("P1", 2, "Q"),
                        MetaRow.aggregate("Q", 3, "P1"),
                        MetaRow.index("Index", 4)));
        List<String> codes = e.problems().stream().map(Problem::code).toList();
        assertThat(codes).contains(Problem.DUPLICATE_ID, Problem.UNRESOLVED_REFERENCE, "cycle", Problem.CONSTRAINT);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'b' has no Weight"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("parent 'Nowhere'"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("own ancestor"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'Index' has no children"));
    }

    @Test
    void effectiveWeightsMultiplyDownTheTree() {
        Map<String, Double> eff = WeightSet.original(small()).effectiveWeights(small());
        assertThat(eff.get("a")).isEqualTo(0.5 / 3);
        assertThat(eff.get("b")).isEqualTo(0.5 * 2 / 3);
        assertThat(eff.get("c")).isEqualTo(0.5);
    }

    @Test
    void withoutDropsEmptiedAggregates() {
        IndexStructure s = small().without(Set.of("c"));
        assertThat(s.codesAtLevel(2)).containsExactly("P1");
        assertThat(s.indicators()).containsExactly("a", "b");
    }

    @Test
    void csvProblemsNameFileRowAndColumn(@TempDir Path dir) throws IOException {
        Path meta = dir.resolve("meta.csv");
        Files.writeString(
                meta,
                "Level,iCode,Parent,Direction,Weight,Type\n"
                        + "1,a,P,1,1,Indicator\n1,b,P,x,1,Indicator\n2,P,NA,1,1,Aggregate\n1,c,Q,1,1,Indicator\n"
                        + "NA,g,NA,NA,NA,Group\n");
        CompositeDataException e =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readMeta(meta));
        assertThat(e.problems()).extracting(Problem::location).contains("meta.csv:3:Direction", "meta.csv:5.Parent");
        Path okMeta = dir.resolve("ok.csv");
        Files.writeString(
                okMeta,
                "Level,iCode,Parent,Direction,Weight,Type,goalpost_lower,goalpost_trunc2posts,Source\n"
                        + "1,a,P,1,1,Indicator,0.5,TRUE,\"World Bank, 2020\"\n1,b,P,-1,1,Indicator,NA,FALSE,x\n"
                        + "2,P,NA,1,1,Aggregate,NA,NA,NA\nNA,g,NA,NA,NA,Group,NA,NA,NA\n");
        IndexStructure s = CompositeCsv.readMeta(okMeta);
        assertThat(s.row("a").orElseThrow().parameters())
                .containsEntry("goalpost_lower", 0.5)
                .containsEntry("goalpost_trunc2posts", 1.0)
                .hasSize(2);
        assertThat(s.row("b").orElseThrow().parameters()).containsOnlyKeys("goalpost_trunc2posts");
        Path data = dir.resolve("data.csv");
        Files.writeString(data, "uCode,a,b,g,extra\nU1,1,2,x,3\nU2,oops,NA,y,4\n");
        CompositeDataException e2 =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readData(data, s));
        assertThat(e2.problems()).extracting(Problem::location).containsExactly("data.csv:1:extra");
        Files.writeString(data, "uCode,a,b,g\nU1,1,2,x\nU2,oops,NA,y\n");
        CompositeDataException e3 =
                catchThrowableOfType(CompositeDataException.class, () -> CompositeCsv.readData(data, s));
        assertThat(e3.problems()).extracting(Problem::location).containsExactly("data.csv:3:a");
        Files.writeString(data, "uCode,a,b,g\nU1,1,2,x\nU2,3,NA,y\n");
        UnitTable t = CompositeCsv.readData(data, s);
        assertThat(t.value("U2", "a")).isEqualTo(3);
        assertThat(t.value("U2", "b")).isNaN();
        assertThat(t.text("g").orElseThrow()).containsExactly("x", "y");
    }

    @Test
    void missingIndicatorColumnIsReported() {
        UnitTable t = UnitTable.builder("U1", "U2")
                .column("a", 1, 2)
                .column("b", 1, 2)
                .build();
        assertThatThrownBy(() -> CompositeIndex.from(t, small()))
                .isInstanceOf(CompositeDataException.class)
                .hasMessageContaining("'c' has no numeric column");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> UnitTable.builder("A").column(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("column");
        assertThatThrownBy(() -> UnitTable.builder("A", "A").build())
                .hasMessageContaining("'A' appears more than once");
        assertThatThrownBy(() -> UnitTable.builder("A", "B").column("x", 1)).hasMessageContaining("1 values for 2");
        assertThatThrownBy(() -> Normalisation.zScore(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompositeIndex.from(null, small()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data");
        assertThatThrownBy(() -> new WeightSet("w", Map.of("a", -1.0))).hasMessageContaining("'a'");
    }
}
