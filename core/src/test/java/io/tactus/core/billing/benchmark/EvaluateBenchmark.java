package io.tactus.core.billing.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tactus.core.billing.BillingEngine;
import io.tactus.core.billing.VisitClaim;
import io.tactus.core.billing.VisitEvaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Units under both rules, checks and expected payment: one operation is one visit of 2 to
 * 5 services on a mix of Medicare and other payers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmark {

	private BillingEngine engine;

	private List<VisitClaim> claims;

	private int next;

	@Setup
	public void setUp() {
		this.engine = BillingEngine.standard();
		this.claims = SampleVisits.claims();
	}

	@Benchmark
	public VisitEvaluation evaluate() {
		this.next = (this.next + 1) & (SampleVisits.COUNT - 1);
		return this.engine.evaluate(this.claims.get(this.next));
	}

}
