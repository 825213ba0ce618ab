package org.sitrep.read;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light language guess for a text that does not declare its language: the writing system first (Hangul,
 * kana, Han, Arabic, Hebrew, Greek, Armenian, Georgian, Thai, Devanagari), then, for Latin and Cyrillic
 * text, which language's most frequent function words make up most of it. Null when the text is too short
 * or no language stands out; never a silent default.
 */
public final class Languages {

    /** A guessed BCP-47 language tag and what it rests on. */
    public record Guess(String tag, String basis) {
    }

    private static final Map<String, Set<String>> FUNCTION_WORDS = new HashMap<>();

    private static void words(String tag, String list) {
        FUNCTION_WORDS.put(tag, Set.of(list.split(" ")));
    }

    static {
        words("en", "the and of to in is that for it with as was on said he by at from his have are be this which they were not has but who");
        words("de", "der die und das den nicht ist von zu mit sich des auf für dem ein eine auch es an im wird sie bei nach wie aus hat über sind");
        words("fr", "le la les des et est un une du dans que qui pour pas sur au il ce par avec elle sont mais ont plus été aux cette");
        words("es", "el la los las de que y en del se por un una con para es al lo como más pero sus su fue ha sobre este también entre cuando");
        words("it", "il la di che e è per un una del della in non si con sono al le gli dei nel anche ha alla come più questo delle degli ma");
        words("pt", "o a os as de que e do da em um uma para com não no na por dos das se mais foi ao pelo pela também são como está");
        words("nl", "de het een en van is dat die in op te niet met voor zijn er aan ook als bij door om maar wordt naar nog werd heeft dit uit");
        words("sv", "och att det som är en på av för med till den inte har om ett var de från men vi efter också kan när sig hade ska sina än");
        words("nb", "og i det som er en på av for med til den ikke har om et var de fra men vi etter også kan når seg hadde skal ble blir jeg");
        words("da", "og i det som er en på af for med til den ikke har om et var de fra men vi efter også kan når sig havde skal blev bliver hvor");
        words("pl", "i w na się z nie do to że jest o a jak po ale od za przez dla co jego roku oraz być tym które który już może też");
        words("cs", "a v se na je že to s z do o i by ve jako pro jsou které který ale po tak jeho za bylo byl už od také podle");
        words("tr", "ve bir bu da de için ile olarak çok daha en gibi olan o ne değil kadar sonra ama her şey dedi var yok ancak göre ise olduğu tarafından");
        words("ru", "и в не на что с по как это он к а из у за о его от так но для же было был она все также или который после");
        words("uk", "і в не на що з та у як до це за він від по але його для є також які який було був вона із через під щодо має");
        words("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada oleh adalah karena telah bahwa saat kata tersebut lebih para mereka sudah bisa atau hingga");
        words("lt", "ir kad yra į su iš tai bet o jis buvo kaip per dėl nuo už apie ar jo taip tik jau po prie kuris bus mes ji tačiau metų");
        words("is", "og að í á er sem um við með það til var en ekki fyrir hann af ég hefur hún eru verið þar þetta eftir þess sér mjög ef");
        words("sw", "na ya wa kwa za katika la ni kwamba hiyo hivyo huo cha pia kuwa wake amesema hii wao baada lakini zaidi sasa kama kutoka serikali watu alisema");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final int MIN_WORDS = 20;
    private static final double MIN_SHARE = 0.08;

    private Languages() {
    }

    /** The language of {@code text}, or null when it cannot be told. */
    public static Guess guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Guess byScript = script(sample);
        if (byScript != null) {
            return byScript;
        }
        Map<String, Integer> counts = wordCounts(sample);
        int words = total(counts);
        if (words < MIN_WORDS) {
            return null;
        }
        String best = null;
        String second = null;
        Map<String, Integer> hits = new HashMap<>();
        for (String lang : new java.util.TreeSet<>(FUNCTION_WORDS.keySet())) {
            int h = hits(counts, FUNCTION_WORDS.get(lang), Set.of());
            hits.put(lang, h);
            if (best == null || h > hits.get(best)) {
                second = best;
                best = lang;
            } else if (second == null || h > hits.get(second)) {
                second = lang;
            }
        }
        int most = hits.get(best);
        // A language is told only when its function words are a fair share of the text.
        if (most < MIN_SHARE * words) {
            return letters(sample);
        }
        // Close kin (Danish and Norwegian, Russian and Ukrainian) share most function words: the words only
        // one of the two has decide, and a draw tells nothing.
        if (hits.get(second) >= 0.8 * most) {
            int mine = hits(counts, FUNCTION_WORDS.get(best), FUNCTION_WORDS.get(second));
            int theirs = hits(counts, FUNCTION_WORDS.get(second), FUNCTION_WORDS.get(best));
            if (mine == theirs) {
                return null;
            }
            best = mine > theirs ? best : second;
        }
        return new Guess(best, "detected from function words");
    }

    /**
     * Turkish and Vietnamese by their letters where function words fall short: Turkish glues its function
     * words on ("evde", "geldiğini") but writes dotless ı and ğ, which no other language of Latin script
     * with news in it uses as often; Vietnamese stacks tone marks (ạ ả ấ ề ộ…) and writes ơ, ư and đ.
     */
    private static Guess letters(String s) {
        int latin = 0;
        int turkish = 0;
        int vietnamese = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                continue;
            }
            latin++;
            if (c == '\u0131' || c == '\u011f') {
                turkish++;
            } else if (c >= '\u1ea0' && c <= '\u1ef9' || c == '\u01a1' || c == '\u01b0' || c == '\u0111') {
                vietnamese++;
            }
        }
        if (latin < 100) {
            return null;
        }
        String basis = "detected from its letters";
        if (vietnamese > 0.05 * latin) {
            return new Guess("vi", basis);
        }
        return turkish > 0.01 * latin ? new Guess("tr", basis) : null;
    }

    /** Whether two tags name one language: same primary subtag, Norwegian "no", "nb" and "nn" as one. */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    private static String primary(String tag) {
        String p = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return p.equals("no") || p.equals("nn") ? "nb" : p;
    }

    /**
     * Whether {@code text} reads as the language {@code tag} by its function words (at least 3% of its words);
     * null when there is no profile for that language or the text is shorter than 100 words.
     */
    public static Boolean reads(String tag, String text) {
        Set<String> list = FUNCTION_WORDS.get(primary(tag));
        if (list == null || text == null) {
            return null;
        }
        Map<String, Integer> counts = wordCounts(text);
        int words = total(counts);
        // Contradicting a declaration takes more than failing to confirm it: agglutinative languages such as
        // Turkish use few separate function words, so the bar is well under the one for guessing.
        return words < 100 ? null : hits(counts, list, Set.of()) >= 0.03 * words;
    }

    /** How often each lower-cased word occurs in the text. */
    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Occurrences in the text of the words of {@code list} that are not in {@code except}. */
    private static int hits(Map<String, Integer> counts, Set<String> list, Set<String> except) {
        int n = 0;
        for (String w : list) {
            if (!except.contains(w)) {
                n += counts.getOrDefault(w, 0);
            }
        }
        return n;
    }

    /** Writing systems used by one language each: more than half the letters in one of them names the language. */
    private static final Map<Character.UnicodeScript, String> ONE_LANGUAGE = Map.of(
            Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.ARMENIAN, "hy", Character.UnicodeScript.GEORGIAN, "ka",
            Character.UnicodeScript.THAI, "th", Character.UnicodeScript.DEVANAGARI, "hi");

    /** The scripts counted as letters; all others (and non-letters) are ignored. */
    private static final Set<Character.UnicodeScript> COUNTED = counted();

    private static Set<Character.UnicodeScript> counted() {
        Set<Character.UnicodeScript> s = EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC,
                Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.HANGUL,
                Character.UnicodeScript.ARABIC);
        s.addAll(ONE_LANGUAGE.keySet());
        return Set.copyOf(s);
    }

    private static Guess script(String s) {
        Map<Character.UnicodeScript, Integer> n = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        int persian = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.KATAKANA) {
                script = Character.UnicodeScript.HIRAGANA; // both are kana
            }
            if (!COUNTED.contains(script)) {
                continue;
            }
            n.merge(script, 1, Integer::sum);
            letters++;
            // Letters Persian writes and Arabic does not: پ چ ژ گ.
            if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF) {
                persian++;
            }
        }
        int latin = n.getOrDefault(Character.UnicodeScript.LATIN, 0);
        int cyrillic = n.getOrDefault(Character.UnicodeScript.CYRILLIC, 0);
        if (letters < 10 || latin + cyrillic > letters / 2) {
            return null;
        }
        String basis = "detected from the writing system";
        int han = n.getOrDefault(Character.UnicodeScript.HAN, 0);
        int kana = n.getOrDefault(Character.UnicodeScript.HIRAGANA, 0);
        int arabic = n.getOrDefault(Character.UnicodeScript.ARABIC, 0);
        if (n.getOrDefault(Character.UnicodeScript.HANGUL, 0) > letters / 4) {
            return new Guess("ko", basis);
        }
        if (kana > (han + kana) / 10 && han + kana > letters / 2) {
            return new Guess("ja", basis);
        }
        if (han > letters / 2) {
            return new Guess("zh", basis);
        }
        if (arabic > letters / 2) {
            return new Guess(persian > arabic / 50 ? "fa" : "ar", basis);
        }
        for (Map.Entry<Character.UnicodeScript, String> e : ONE_LANGUAGE.entrySet()) {
            if (n.getOrDefault(e.getKey(), 0) > letters / 2) {
                return new Guess(e.getValue(), basis);
            }
        }
        return null;
    }
}
