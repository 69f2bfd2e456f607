package io.tactus.core.billing.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.ServiceLine;
import io.tactus.core.billing.UnitComparison;
import io.tactus.core.billing.UnitResult;
import io.tactus.core.billing.UnitRule;
import io.tactus.core.billing.UnitStep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Units alone: one operation is one visit of 2 to 5 services.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UnitRuleBenchmark {

	private BillingEngine engine;

	private List<List<ServiceLine>> visits;

	private int next;

	@Setup
	public void setUp() {
		this.engine = BillingEngine.standard();
		this.visits = SampleVisits.services();
	}

	private List<ServiceLine> nextVisit() {
		this.next = (this.next + 1) & (SampleVisits.COUNT - 1);
		return this.visits.get(this.next);
	}

	@Benchmark
	public UnitResult cmsUnits() {
		return this.engine.units(nextVisit(), UnitRule.CMS);
	}

	@Benchmark
	public UnitResult amaUnits() {
		return this.engine.units(nextVisit(), UnitRule.AMA);
	}

	@Benchmark
	public UnitComparison bothRules() {
		return this.engine.compareUnits(nextVisit());
	}

	@Benchmark
	public List<UnitStep> cmsUnitsWithExplanation() {
		return this.engine.units(nextVisit(), UnitRule.CMS).explanation();
	}

}
