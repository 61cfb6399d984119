/** Excel workbook tables (headless). */
package org.hyoka.xlsx;
