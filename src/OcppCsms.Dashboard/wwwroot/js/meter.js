// Meter values as the API returns them (values as the station sent them, with their units), turned into chart series.

const energyMeasurand = 'Energy.Active.Import.Register';
const powerMeasurand = 'Power.Active.Import';

/** Energy in kWh and power in kW over time, from the transaction's sampled values (phase totals only). */
export function meterSeries(values) {
  const energy = [];
  const power = [];
  for (const value of values) {
    if (value.phase) continue;
    const number = Number(value.value);
    if (!Number.isFinite(number)) continue;
    const t = new Date(value.timestamp);
    const measurand = value.measurand || energyMeasurand;
    if (measurand === energyMeasurand) energy.push({ t, v: value.unit === 'kWh' ? number : number / 1000 });
    else if (measurand === powerMeasurand) power.push({ t, v: value.unit === 'kW' ? number : number / 1000 });
  }
  return [{ name: 'Energy', unit: 'kWh', points: energy }, { name: 'Power', unit: 'kW', points: power }];
}
