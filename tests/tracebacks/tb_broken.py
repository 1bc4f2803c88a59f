print("tb_broken runs")
raise OSError("in module body")
