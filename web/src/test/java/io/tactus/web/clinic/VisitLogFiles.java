package io.tactus.web.clinic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generated visit logs as Excel writes them (shared strings, date cells, numbers), for
 * the memory test and the import benchmark: visits of one to three lines with
 * {@link ClinicFixtures}' therapists and payers, fixed seed.
 */
final class VisitLogFiles {

	private VisitLogFiles() {
	}

	/**
	 * Writes a workbook of the given number of service lines (plus the header row).
	 * @return the number of visits
	 */
	static int xlsx(Path file, int lines) throws IOException {
		String[] medicare = { "97110", "97112", "97530" };
		String[] massage = { "97124", "97140" };
		SplittableRandom random = new SplittableRandom(20261130L);
		int visit = 0;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet("visits");
			Row header = sheet.createRow(0);
			int c = 0;
			for (String name : VisitLogTemplate.header()) {
				header.createCell(c++).setCellValue(name);
			}
			int made = 0;
			while (made < lines) {
				visit++;
				boolean pt = random.nextBoolean();
				LocalDate day = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
				int count = Math.min(lines - made, 1 + random.nextInt(3));
				for (int i = 0; i < count; i++) {
					Row row = sheet.createRow(++made);
					row.createCell(0).setCellValue(day);
					row.getCell(0).setCellStyle(date);
					row.createCell(1).setCellValue("V-" + visit);
					row.createCell(2).setCellValue(pt ? "Pat Lee" : "Sam Roe");
					row.createCell(3).setCellValue(pt ? "Medicare" : "Acme Health");
					row.createCell(4)
						.setCellValue(
								Integer.parseInt(pt ? medicare[i % medicare.length] : massage[i % massage.length]));
					row.createCell(5).setCellValue(8 + random.nextInt(38));
					if (pt) {
						row.createCell(6).setCellValue("GP");
					}
					row.createCell(8).setCellValue(random.nextInt(4));
				}
			}
			workbook.write(out);
		}
		return visit;
	}

}
