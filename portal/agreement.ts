// The agreement builder page, through the package's public exports as an integrator would.
import 'stagekit/agreement-builder/define.js';
