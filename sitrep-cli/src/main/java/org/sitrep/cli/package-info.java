/**
 * The command line (picocli): each subcommand parses its options into the core's typed settings and
 * calls the core; no analysis logic lives here.
 */
package org.sitrep.cli;
