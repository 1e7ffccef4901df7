import { demoDataset } from './demo-dataset.mjs';
console.log(await demoDataset(Number(process.argv[2])));
