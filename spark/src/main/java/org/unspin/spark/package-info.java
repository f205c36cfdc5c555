// SPDX-License-Identifier: Apache-2.0
/**
 * The crawl job on Apache Spark: WARC/WET pages detected, restored, fingerprinted and clustered with their sources.
 * The only module that sees Spark (a {@code provided} dependency). The driver ({@link org.unspin.spark.CrawlJob})
 * is thin; the per-record logic is plain functions ({@link org.unspin.spark.WarcPages},
 * {@link org.unspin.spark.PageAnalysis}, {@link org.unspin.spark.Clusters}).
 *
 * @since 0.1
 */
package org.unspin.spark;
