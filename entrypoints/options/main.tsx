import { startOptions } from '../../src/ui/options/boot';
import '../../src/ui/app.css';

void startOptions();
