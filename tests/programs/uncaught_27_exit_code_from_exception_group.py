# An uncaught ExceptionGroup from a batch job: stdout so far, then the group report.
def job(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n * n


results, errors = [], []
for n in range(5):
    try:
        results.append(job(n))
    except ValueError as e:
        errors.append(e)
print(results)
if errors:
    raise ExceptionGroup("batch failed", errors)
