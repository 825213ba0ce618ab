package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.HtmlEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval html [DIR]}: the HTML reader against the html-fundus pages, per country and overall. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = "Score main text, title, date and authors read from news pages (html-fundus layout).")
final class EvalHtmlCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/eval/html-fundus",
            description = "Folder of <cc>/<Publisher>_<date>.html.gz pages with <cc>/<Publisher>.json (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--pages", description = "Also print one line per page.")
    boolean pages;

    @Option(names = "--misses", description = "Also print the expected and read title, date and authors of each miss.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep: " + dir + ": no such directory");
            return 2;
        }
        HtmlEval.Report r = HtmlEval.run(dir, 0);
        if (pages) {
            for (HtmlEval.PageScore p : r.pages()) {
                System.out.printf("%-4s %-48s P %.3f R %.3f F1 %.3f title %-5s date %-5s authors %-5s%s%n",
                        p.country(), p.page(), p.p(), p.r(), p.f1(), p.title(), p.date(), p.authors(),
                        p.error() == null ? "" : " error: " + p.error());
            }
        }
        if (misses) {
            for (HtmlEval.PageScore p : r.pages()) {
                HtmlEval.Detail d = p.detail();
                if (d == null) {
                    continue;
                }
                if (!p.title()) {
                    System.out.printf("%-4s %s title%n  want: %s%n  got:  %s%n", p.country(), p.page(), d.wantTitle(), d.gotTitle());
                }
                if (Boolean.FALSE.equals(p.date())) {
                    System.out.printf("%-4s %s date%n  want: %s%n  got:  %s%n", p.country(), p.page(), d.wantDate(), d.gotDate());
                }
                if (Boolean.FALSE.equals(p.language())) {
                    System.out.printf("%-4s %s language%n  declared: %s%n  guessed:  %s%n", p.country(), p.page(),
                            d.declaredLanguage(), d.guessedLanguage());
                }
                if (Boolean.FALSE.equals(p.authors())) {
                    System.out.printf("%-4s %s authors%n  want: %s%n  got:  %s%n", p.country(), p.page(), d.wantAuthors(), d.gotAuthors());
                }
            }
        }
        System.out.printf("%-8s %5s %6s %6s %6s %6s %6s %7s %6s%n", "country", "pages", "P", "R", "F1", "title", "date",
                "authors", "lang");
        for (Map.Entry<String, HtmlEval.Summary> e : r.byCountry().entrySet()) {
            line(e.getKey(), e.getValue());
        }
        line("English", r.english());
        line("all", r.all());
        return 0;
    }

    private static void line(String name, HtmlEval.Summary s) {
        System.out.printf("%-8s %5d %6.3f %6.3f %6.3f %6.3f %6.3f %7.3f %6.3f%n", name, s.pages(), s.p(), s.r(), s.f1(),
                s.title(), s.date(), s.authors(), s.language());
    }
}
