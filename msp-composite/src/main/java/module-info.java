/**
 * Composite indicators, compatible with the R package COINr: index structures, unit tables read from
 * COINr's {@code iMeta}/{@code iData} CSV files, screening, imputation, outlier treatment, normalisation,
 * aggregation, weighting, and uncertainty and sensitivity analysis. Depends on msp-core only (for
 * {@code Problem} and {@code MspException}) and on Jackson for CSV.
 *
 * @since 0.2.0
 */
module org.msptoolkit.composite {
    requires transitive org.msptoolkit.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires static org.jspecify;

    exports org.msptoolkit.composite;
}
