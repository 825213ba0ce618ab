package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The language guess for texts that declare none: by writing system, then by function words; null when unsure. */
class LanguagesTest {

    private static String tag(String text) {
        Languages.Guess g = Languages.guess(text);
        return g == null ? null : g.tag();
    }

    @Test
    void latinAndCyrillicTextsByTheirFunctionWords() {
        assertEquals("en", tag("The talks resumed on Tuesday in Geneva, and the mediators said that the first session "
                + "was long but that it ended with a joint statement from both of the delegations."));
        assertEquals("fr", tag("Les négociations ont repris mardi à Genève, et les médiateurs ont dit que la première "
                + "séance a été longue mais qu'elle s'est terminée par une déclaration commune des deux délégations."));
        assertEquals("es", tag("Las negociaciones se reanudaron el martes en Ginebra y los mediadores dijeron que la "
                + "primera sesión fue larga, pero que terminó con una declaración conjunta de las dos delegaciones."));
        assertEquals("ru", tag("Переговоры возобновились во вторник в Женеве, и посредники сказали, что первая сессия "
                + "была долгой, но что она закончилась совместным заявлением обеих делегаций, как и было обещано."));
        assertEquals("uk", tag("Переговори відновилися у вівторок у Женеві, і посередники сказали, що перша сесія була "
                + "довгою, але що вона завершилася спільною заявою обох делегацій, як і було обіцяно від початку."));
    }

    @Test
    void otherScriptsByTheirWritingSystem() {
        assertEquals("ja", tag("ジュネーブで火曜日に交渉が再開され、仲介者は最初の会合が長かったと述べた。"));
        assertEquals("ko", tag("제네바에서 화요일에 협상이 재개되었고 중재자들은 첫 회의가 길었다고 말했다."));
        assertEquals("zh", tag("周二在日内瓦恢复谈判，调解人说第一次会议时间很长。"));
        assertEquals("ar", tag("استؤنفت المفاوضات يوم الثلاثاء في جنيف وقال الوسطاء إن الجلسة الأولى كانت طويلة"));
        assertEquals("el", tag("Οι διαπραγματεύσεις ξανάρχισαν την Τρίτη στη Γενεύη και οι μεσολαβητές είπαν ότι ήταν μακριά"));
    }

    @Test
    void turkishAndVietnameseByTheirLettersWhereFunctionWordsFallShort() {
        assertEquals("tr", tag("Soruşturma kapsamında gözaltına alınan şüphelilerin emniyetteki işlemleri tamamlandı. "
                + "Şüpheliler sağlık kontrollerinin ardından adliyeye sevk edildi. Hakimlik iki şüphelinin tutuklanmasına karar verdi."));
        assertEquals("vi", tag("Người đàn ông sáu mươi ba tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư ruột non, "
                + "căn bệnh ít gặp trong hệ tiêu hóa. Hướng điều trị thường phụ thuộc vào giai đoạn bệnh."));
        // A few Turkish names in an English text do not make it Turkish.
        assertEquals("en", tag("The talks resumed on Tuesday in Ankara, and Ağca and Yıldız said that the first session "
                + "was long but that it ended with a joint statement from both of the delegations."));
    }

    @Test
    void tooLittleOrNoFunctionWordsIsUnknown() {
        assertNull(tag("Geneva talks."));
        assertNull(tag("Xq zzv plorb wunt gekk sarn vopl trinn quaz mebb florn greep zatt wumm jilk pronn skev draff "
                + "tolk yarn blick frozz"));
        assertNull(tag(""));
    }
}
