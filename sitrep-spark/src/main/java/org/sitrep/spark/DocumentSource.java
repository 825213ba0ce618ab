package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Lists the documents under an input on any Hadoop-compatible file system (a file, a directory walked
 * recursively, or a glob; {@code file:}, {@code hdfs:}, {@code s3a:} …) and reads them as {@link RawDocument}s.
 * JSON Lines files ({@code .jsonl}, also gzip-compressed) are split by Hadoop into lines, so one large archive
 * spreads over many tasks; a record without an id is named by file and byte offset. Text files ({@code .txt})
 * are read whole. WARC archives ({@code .warc}, {@code .warc.gz}) are streamed record by record from the file
 * system on the executor, one task per archive (gzip per record is not splittable by Hadoop). Other files are
 * skipped and counted.
 */
public final class DocumentSource {

    /** What an input holds: the files of each kind, and how many files were not recognised. */
    public record Listing(List<String> jsonLines, List<String> texts, List<String> warcs, List<String> skipped) {
        public boolean isEmpty() {
            return jsonLines.isEmpty() && texts.isEmpty() && warcs.isEmpty();
        }
    }

    private DocumentSource() {
    }

    public static Listing list(Configuration conf, String input) {
        List<String> jsonl = new ArrayList<>();
        List<String> txt = new ArrayList<>();
        List<String> warc = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null) {
                return new Listing(jsonl, txt, warc, skipped);
            }
            for (FileStatus m : matches) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(m.getPath(), true);
                while (files.hasNext()) {
                    String f = files.next().getPath().toString();
                    String name = f.substring(f.lastIndexOf('/') + 1);
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue;
                    }
                    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".jsonl.bz2")) {
                        jsonl.add(f);
                    } else if (name.endsWith(".txt")) {
                        txt.add(f);
                    } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                        warc.add(f);
                    } else {
                        skipped.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        jsonl.sort(null);
        txt.sort(null);
        warc.sort(null);
        return new Listing(jsonl, txt, warc, skipped);
    }

    /** The documents of a listing, in no particular order (each carries its own origin). */
    public static JavaRDD<RawDocument> read(JavaSparkContext jsc, Listing listing) {
        List<JavaRDD<RawDocument>> parts = new ArrayList<>();
        if (!listing.jsonLines().isEmpty()) {
            parts.add(jsonLines(jsc, String.join(",", listing.jsonLines())));
        }
        if (!listing.texts().isEmpty()) {
            parts.add(jsc.binaryFiles(String.join(",", listing.texts()))
                    .map(f -> RawDocument.file(f._1(), baseName(f._1()), f._2().toArray())));
        }
        if (!listing.warcs().isEmpty()) {
            // binaryFiles hands each task a handle, not the bytes: the archive is opened and streamed in the task.
            parts.add(jsc.binaryFiles(String.join(",", listing.warcs()), listing.warcs().size())
                    .map(f -> RawDocument.warc(f._1(), f._2())));
        }
        JavaRDD<RawDocument> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static JavaRDD<RawDocument> jsonLines(JavaSparkContext jsc, String paths) {
        var lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(paths, TextInputFormat.class,
                LongWritable.class, Text.class, jsc.hadoopConfiguration());
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            String file = ((FileSplit) split).getPath().toString();
            String base = baseName(file);
            return new Iterator<RawDocument>() {
                RawDocument next = advance();

                private RawDocument advance() {
                    while (it.hasNext()) {
                        var kv = it.next();
                        String line = kv._2().toString(); // Hadoop reuses the Text object: copy now
                        if (!line.isBlank()) {
                            long offset = kv._1().get();
                            return RawDocument.jsonLine(file + "@" + offset, base + "@" + offset, line);
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public RawDocument next() {
                    RawDocument r = next;
                    next = advance();
                    return r;
                }
            };
        }, true);
    }

    /** The file name without directories and extensions: the id {@code sitrep analyze} gives a file. */
    static String baseName(String path) {
        String n = path.substring(path.lastIndexOf('/') + 1);
        for (String ext : new String[] {".gz", ".bz2", ".jsonl", ".txt", ".warc"}) {
            if (n.endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
