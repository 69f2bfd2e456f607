package io.tactus.web.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.tactus.reports.oews.OewsWorkbookGenerator;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Wage files for tests, good and hostile, made in memory.
 */
final class DatasetFiles {

	static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,"
			+ "OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,"
			+ "H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n";

	private DatasetFiles() {
	}

	static byte[] workbook(int rows, int year, long seed) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OewsWorkbookGenerator.rows(rows).year(year).seed(seed).writeXlsx(out);
		return out.toByteArray();
	}

	static byte[] csv(String... rows) {
		return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	static String stateRow(String fips, String postal, String title, String occupation, String median) {
		return fips + "," + title + ",2," + postal + ",000000,Cross-industry,cross-industry,1235," + occupation
				+ ",Massage Therapists,detailed,1000,5.0,1.5,1.1,,,25.00,52000,3.0,15.00,20.00," + "25.00,30.00,35.00,"
				+ "31200,41600," + median + ",62400,72800,,";
	}

	static byte[] encryptedWorkbook() throws Exception {
		byte[] plain = workbook(20, 2024, 1);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(plain);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] entityAttack() throws IOException {
		byte[] good = workbook(5, 2024, 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/sheet")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
							+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
							+ "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
					xml = xml.replaceFirst("\\?>", "?>" + laughs);
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
