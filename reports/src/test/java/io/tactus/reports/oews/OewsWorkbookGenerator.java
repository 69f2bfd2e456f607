package io.tactus.reports.oews;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes synthetic wage tables in the OEWS download layout, for tests and benchmarks: the
 * 32 columns of 2021+, realistic values, about 2% BLS markers ({@code *}, {@code **},
 * {@code #}, {@code ~}), some numbers stored as text, and shared strings as Excel writes
 * them. Every row is valid: the output reads with no errors.
 *
 * <pre class="code">
 * OewsWorkbookGenerator.rows(40_000).layout(Layout.STATE).year(2024).writeXlsx(path);
 * </pre>
 *
 * From a command line:
 * {@code OewsWorkbookGenerator <rows> <file.xlsx|file.csv> [state|all-data] [year] [seed]}.
 */
public final class OewsWorkbookGenerator {

	/** The header of the 2021+ files, in order. */
	public static final List<String> HEADER = Arrays.stream(OewsColumn.values()).map(OewsColumn::name).toList();

	private static final int OCCUPATIONS = 830;

	private static final String[][] REAL_OCCUPATIONS = { { "00-0000", "All Occupations", "total", "32.66" },
			{ "11-0000", "Management Occupations", "major", "68.15" },
			{ "11-1011", "Chief Executives", "detailed", "124.47" },
			{ "13-2011", "Accountants and Auditors", "detailed", "43.77" },
			{ "15-1252", "Software Developers", "detailed", "66.40" },
			{ "25-2021", "Elementary School Teachers, Except Special Education", "detailed", "A" },
			{ "27-2011", "Actors", "detailed", "H" }, { "29-1141", "Registered Nurses", "detailed", "46.97" },
			{ "29-1211", "Anesthesiologists", "detailed", "160.00" },
			{ "31-0000", "Healthcare Support Occupations", "major", "19.36" },
			{ "31-1131", "Nursing Assistants", "detailed", "19.51" },
			{ "31-9011", "Massage Therapists", "detailed", "28.41" },
			{ "31-9091", "Dental Assistants", "detailed", "23.28" },
			{ "35-2014", "Cooks, Restaurant", "detailed", "17.22" },
			{ "41-2031", "Retail Salespersons", "detailed", "17.28" },
			{ "43-4051", "Customer Service Representatives", "detailed", "21.24" },
			{ "47-2111", "Electricians", "detailed", "31.59" },
			{ "53-3032", "Heavy and Tractor-Trailer Truck Drivers", "detailed", "27.58" } };

	private static final String[][] INDUSTRIES = { { "000001", "Cross-industry, private ownership only" },
			{ "11", "Agriculture, Forestry, Fishing and Hunting" }, { "21", "Mining, Quarrying, and Oil and Gas" },
			{ "22", "Utilities" }, { "23", "Construction" }, { "31-33", "Manufacturing" }, { "42", "Wholesale Trade" },
			{ "44-45", "Retail Trade" }, { "48-49", "Transportation and Warehousing" }, { "51", "Information" },
			{ "52", "Finance and Insurance" }, { "53", "Real Estate and Rental and Leasing" },
			{ "54", "Professional, Scientific, and Technical Services" }, { "56", "Administrative and Support" },
			{ "61", "Educational Services" }, { "62", "Health Care and Social Assistance" },
			{ "621000", "Ambulatory Health Care Services" }, { "621300", "Offices of Other Health Practitioners" },
			{ "71", "Arts, Entertainment, and Recreation" }, { "713900", "Other Amusement and Recreation Industries" },
			{ "72", "Accommodation and Food Services" }, { "721100", "Traveler Accommodation" },
			{ "81", "Other Services (except Public Administration)" }, { "812100", "Personal Care Services" },
			{ "812199", "Other Personal Care Services" }, { "99", "Federal, State, and Local Government" } };

	private static final UsState[] STATES = UsState.values();

	private final int rows;

	private final Layout layout;

	private final int year;

	private final long seed;

	private final double markerRate;

	private final double textNumberRate;

	private OewsWorkbookGenerator(int rows, Layout layout, int year, long seed, double markerRate,
			double textNumberRate) {
		if (rows < 0) {
			throw new IllegalArgumentException("The row count must not be negative, not " + rows);
		}
		this.rows = rows;
		this.layout = layout;
		this.year = year;
		this.seed = seed;
		this.markerRate = markerRate;
		this.textNumberRate = textNumberRate;
	}

	/**
	 * A generator of a state-layout table for May 2024 with the given number of data
	 * rows.
	 * @param rows the data rows
	 * @return the generator
	 */
	public static OewsWorkbookGenerator rows(int rows) {
		return new OewsWorkbookGenerator(rows, Layout.STATE, 2024, 2024L, 0.02, 0.01);
	}

	public OewsWorkbookGenerator layout(Layout layout) {
		return new OewsWorkbookGenerator(this.rows, layout, this.year, this.seed, this.markerRate, this.textNumberRate);
	}

	public OewsWorkbookGenerator year(int year) {
		return new OewsWorkbookGenerator(this.rows, this.layout, year, this.seed, this.markerRate, this.textNumberRate);
	}

	public OewsWorkbookGenerator seed(long seed) {
		return new OewsWorkbookGenerator(this.rows, this.layout, this.year, seed, this.markerRate, this.textNumberRate);
	}

	/**
	 * The share of numeric cells that hold a BLS marker instead.
	 * @param markerRate between 0 and 1 (default 0.02)
	 * @return the generator
	 */
	public OewsWorkbookGenerator markerRate(double markerRate) {
		return new OewsWorkbookGenerator(this.rows, this.layout, this.year, this.seed, markerRate, this.textNumberRate);
	}

	/**
	 * The share of numbers stored as text (some with thousands separators).
	 * @param textNumberRate between 0 and 1 (default 0.01)
	 * @return the generator
	 */
	public OewsWorkbookGenerator textNumberRate(double textNumberRate) {
		return new OewsWorkbookGenerator(this.rows, this.layout, this.year, this.seed, this.markerRate, textNumberRate);
	}

	/**
	 * The data sheet's name, as BLS names it.
	 * @return {@code All May 2024 data} or {@code state_M2024_dl}
	 */
	public String sheetName() {
		return (this.layout == Layout.ALL_DATA) ? "All May " + this.year + " data" : "state_M" + this.year + "_dl";
	}

	/**
	 * The file name BLS gives this table.
	 * @param extension {@code xlsx} or {@code csv}
	 * @return e.g. {@code state_M2024_dl.xlsx}
	 */
	public String fileName(String extension) {
		return ((this.layout == Layout.ALL_DATA) ? "all_data_M_" + this.year : "state_M" + this.year + "_dl") + "."
				+ extension;
	}

	/**
	 * Writes the workbook (streaming, shared strings, a plain zip without Zip64 records,
	 * the sheet's dimension set as Excel sets it).
	 * @param out where to write; not closed
	 * @throws IOException when writing fails
	 */
	public void writeXlsx(OutputStream out) throws IOException {
		XlsxWriter writer = new XlsxWriter(out);
		writer.startSheet(sheetName(), this.rows + 1, HEADER.size());
		writer.row(HEADER.toArray());
		Rows rows = new Rows();
		for (int r = 0; r < this.rows; r++) {
			writer.row(rows.next());
		}
		writer.endSheet();
		if (this.layout == Layout.ALL_DATA) {
			writer.startSheet("Field Descriptions", HEADER.size() + 1, 1);
			writer.row(new Object[] { "Field" });
			for (String column : HEADER) {
				writer.row(new Object[] { column.toLowerCase(Locale.ROOT) });
			}
			writer.endSheet();
		}
		writer.close();
	}

	/**
	 * Writes the workbook to a file.
	 * @param file the target, replaced when it exists
	 * @throws IOException when writing fails
	 */
	public void writeXlsx(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writeXlsx(out);
		}
	}

	/**
	 * Writes the same table as CSV (UTF-8, header first, numbers as plain text).
	 * @param out where to write; flushed, not closed
	 * @throws IOException when writing fails
	 */
	public void writeCsv(Writer out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
		printer.printRecord(HEADER);
		Rows rows = new Rows();
		List<String> record = new ArrayList<>(HEADER.size());
		for (int r = 0; r < this.rows; r++) {
			Object[] values = rows.next();
			record.clear();
			for (Object value : values) {
				record.add((value instanceof Double number) ? OewsText.format(number)
						: (value != null) ? value.toString() : "");
			}
			printer.printRecord(record);
		}
		printer.flush();
	}

	/**
	 * Writes the table as a CSV file.
	 * @param file the target, replaced when it exists
	 * @throws IOException when writing fails
	 */
	public void writeCsv(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writeCsv(out);
		}
	}

	/**
	 * Writes a table from a command line.
	 * @param args rows, target file ({@code .xlsx} or {@code .csv}), then optionally
	 * {@code state} or {@code all-data}, the year and the seed
	 * @throws IOException when writing fails
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException(
					"Usage: OewsWorkbookGenerator <rows> <file.xlsx|file.csv> [state|all-data] [year] [seed]");
		}
		OewsWorkbookGenerator generator = rows(Integer.parseInt(args[0]));
		if (args.length > 2) {
			generator = generator
				.layout(args[2].toLowerCase(Locale.ROOT).startsWith("all") ? Layout.ALL_DATA : Layout.STATE);
		}
		if (args.length > 3) {
			generator = generator.year(Integer.parseInt(args[3]));
		}
		if (args.length > 4) {
			generator = generator.seed(Long.parseLong(args[4]));
		}
		Path target = Path.of(args[1]);
		if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			generator.writeCsv(target);
		}
		else {
			generator.writeXlsx(target);
		}
	}

	/**
	 * Which BLS file the table looks like.
	 */
	public enum Layout {

		/** A state file: 50 states, DC and territories, cross-industry only. */
		STATE,

		/** An all-data file: national, state, industry, metro and nonmetro rows. */
		ALL_DATA

	}

	private record Occupation(String code, String title, String group, double hourlyMean, boolean annualOnly,
			boolean hourlyOnly) {
	}

	private record Place(String area, String title, int type, String primState, String naics, String naicsTitle,
			String industryGroup, String ownership) {
	}

	/**
	 * Makes the rows one after another; every (area, occupation, industry, ownership)
	 * once.
	 */
	private final class Rows {

		private final SplittableRandom random = new SplittableRandom(OewsWorkbookGenerator.this.seed);

		private final List<Occupation> occupations = occupations();

		private int index;

		private Place place;

		private double placeFactor;

		Object[] next() {
			int occupationIndex = this.index % this.occupations.size();
			if (occupationIndex == 0) {
				this.place = place(this.index / this.occupations.size());
				this.placeFactor = 0.8 + this.random.nextDouble() * 0.5;
			}
			this.index++;
			return row(this.place, this.occupations.get(occupationIndex));
		}

		private List<Occupation> occupations() {
			int count = OCCUPATIONS;
			if (OewsWorkbookGenerator.this.layout == Layout.STATE) {
				count = Math.max(count, (OewsWorkbookGenerator.this.rows + STATES.length - 1) / STATES.length);
			}
			List<Occupation> list = new ArrayList<>(count);
			HashSet<String> codes = new HashSet<>();
			for (String[] real : REAL_OCCUPATIONS) {
				boolean annualOnly = "A".equals(real[3]);
				boolean hourlyOnly = "H".equals(real[3]);
				double mean = annualOnly ? 32.25 : hourlyOnly ? 33.93 : Double.parseDouble(real[3]);
				list.add(new Occupation(real[0], real[1], real[2], mean, annualOnly, hourlyOnly));
				codes.add(real[0]);
			}
			int major = 11;
			int detail = 1011;
			while (list.size() < count) {
				String code = String.format(Locale.ROOT, "%02d-%04d", major, detail);
				if (codes.add(code)) {
					list.add(new Occupation(code, "Occupation " + code, "detailed", 14 + (detail % 97) * 0.6, false,
							false));
				}
				major = (major >= 53) ? 11 : major + 2;
				if (major == 11) {
					detail = (detail >= 9999) ? 1000 : detail + 7;
				}
			}
			return list;
		}

		private Place place(int index) {
			if (OewsWorkbookGenerator.this.layout == Layout.STATE) {
				return state(STATES[index % STATES.length]);
			}
			if (index == 0) {
				return new Place("99", "U.S.", 1, "US", WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry",
						WageRow.ALL_OWNERSHIPS);
			}
			if (index <= STATES.length) {
				return state(STATES[index - 1]);
			}
			int industries = INDUSTRIES.length * 2;
			int next = index - STATES.length - 1;
			if (next < industries * 2 && next % 2 == 0) {
				int industry = next / 2;
				String[] naics = INDUSTRIES[industry / 2];
				boolean privateOnly = industry % 2 == 1;
				return new Place("99", "U.S.", 1, "US", naics[0], naics[1],
						(naics[0].length() == 6) ? "6-digit" : "sector", privateOnly ? "5" : WageRow.ALL_OWNERSHIPS);
			}
			int area = (next < industries * 2) ? next / 2 : next - industries;
			UsState state = STATES[area % STATES.length];
			if (area % 4 == 3) {
				return new Place(String.format(Locale.ROOT, "%s%05d", state.fips(), area),
						"Nonmetro area " + area + ", " + state.postalCode(), 6, state.postalCode(),
						WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry", WageRow.ALL_OWNERSHIPS);
			}
			return new Place(Integer.toString(10000 + area), "Metro area " + area + ", " + state.postalCode(), 4,
					state.postalCode(), WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry",
					WageRow.ALL_OWNERSHIPS);
		}

		private Place state(UsState state) {
			return new Place(state.fips(), state.title(), state.isTerritory() ? 3 : 2, state.postalCode(),
					WageRow.CROSS_INDUSTRY, "Cross-industry", "cross-industry", WageRow.ALL_OWNERSHIPS);
		}

		private Object[] row(Place place, Occupation occupation) {
			Object[] row = new Object[HEADER.size()];
			row[OewsColumn.AREA.ordinal()] = place.area();
			row[OewsColumn.AREA_TITLE.ordinal()] = place.title();
			row[OewsColumn.AREA_TYPE.ordinal()] = (double) place.type();
			row[OewsColumn.PRIM_STATE.ordinal()] = place.primState();
			row[OewsColumn.NAICS.ordinal()] = place.naics();
			row[OewsColumn.NAICS_TITLE.ordinal()] = place.naicsTitle();
			row[OewsColumn.I_GROUP.ordinal()] = place.industryGroup();
			row[OewsColumn.OWN_CODE.ordinal()] = Double.valueOf(place.ownership());
			row[OewsColumn.OCC_CODE.ordinal()] = occupation.code();
			row[OewsColumn.OCC_TITLE.ordinal()] = occupation.title();
			row[OewsColumn.O_GROUP.ordinal()] = occupation.group();
			boolean national = place.type() == 1;
			boolean industry = !WageRow.CROSS_INDUSTRY.equals(place.naics());
			double employment = Math.max(30, Math.round(this.random.nextDouble() * 20_000 / 10) * 10.0);
			put(row, OewsColumn.TOT_EMP, employment, "**");
			put(row, OewsColumn.EMP_PRSE, round(0.5 + this.random.nextDouble() * 25, 1), "**");
			if (!national) {
				put(row, OewsColumn.JOBS_1000, round(this.random.nextDouble() * 30, 3), "**");
				put(row, OewsColumn.LOC_QUOTIENT, round(0.2 + this.random.nextDouble() * 2.5, 2), "**");
			}
			if (industry) {
				put(row, OewsColumn.PCT_TOTAL, round(this.random.nextDouble() * 10, 2), "**");
			}
			put(row, OewsColumn.PCT_RPT, round(1 + this.random.nextDouble() * 99, 0), "~");
			double mean = round(occupation.hourlyMean() * this.placeFactor * (0.9 + this.random.nextDouble() * 0.2), 2);
			double[] hourly = { round(mean * 0.60, 2), round(mean * 0.78, 2), round(mean * 0.95, 2),
					round(mean * 1.20, 2), round(mean * 1.50, 2) };
			put(row, OewsColumn.MEAN_PRSE, round(0.3 + this.random.nextDouble() * 10, 1), "*");
			if (occupation.annualOnly()) {
				row[OewsColumn.H_MEAN.ordinal()] = "*";
				for (OewsColumn column : OewsColumn.HOURLY_PERCENTILES) {
					row[column.ordinal()] = "*";
				}
				row[OewsColumn.ANNUAL.ordinal()] = "TRUE";
			}
			else {
				wage(row, OewsColumn.H_MEAN, mean, true);
				for (int i = 0; i < 5; i++) {
					wage(row, OewsColumn.HOURLY_PERCENTILES.get(i), hourly[i], true);
				}
			}
			if (occupation.hourlyOnly()) {
				row[OewsColumn.HOURLY.ordinal()] = "TRUE";
			}
			else {
				wage(row, OewsColumn.A_MEAN, Math.round(mean * 2080 / 10) * 10.0, false);
				for (int i = 0; i < 5; i++) {
					wage(row, OewsColumn.ANNUAL_PERCENTILES.get(i), Math.round(hourly[i] * 2080 / 10) * 10.0, false);
				}
			}
			return row;
		}

		private void wage(Object[] row, OewsColumn column, double value, boolean hourly) {
			boolean topCoded = hourly ? value >= topHourly() : value >= topHourly() * 2080;
			if (topCoded) {
				row[column.ordinal()] = "#";
				return;
			}
			put(row, column, value, "*");
		}

		private double topHourly() {
			return (OewsWorkbookGenerator.this.year >= 2022) ? 115.0 : 100.0;
		}

		private void put(Object[] row, OewsColumn column, double value, String marker) {
			double draw = this.random.nextDouble();
			if (draw < OewsWorkbookGenerator.this.markerRate) {
				row[column.ordinal()] = marker;
			}
			else if (draw < OewsWorkbookGenerator.this.markerRate + OewsWorkbookGenerator.this.textNumberRate) {
				row[column.ordinal()] = (value >= 1000 && value == Math.rint(value))
						? String.format(Locale.ROOT, "%,d", (long) value) : OewsText.format(value);
			}
			else {
				row[column.ordinal()] = value;
			}
		}

		private static double round(double value, int decimals) {
			double scale = Math.pow(10, decimals);
			return Math.round(value * scale) / scale;
		}

	}

}
