package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** One headless Chromium per browser-test class: opened before its tests, closed after them. */
abstract class BrowserSession {

    static WebDriver driver;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
