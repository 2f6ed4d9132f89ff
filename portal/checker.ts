// The compensation checker page, through the package's public exports as an integrator would.
import 'stagekit/compensation-checker/define.js';
