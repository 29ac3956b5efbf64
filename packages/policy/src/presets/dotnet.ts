import { definePreset } from './define.js';

/** .NET and MSBuild: project files, imported build logic, NuGet sources and SDK selection. */
export const DOTNET_PRESET = definePreset({
  name: 'dotnet',
  summary: '.NET and MSBuild: projects, solutions, imported props and targets, NuGet, SDK pins, local tools, Paket and Cake.',
  entries: [
    { glob: '**/*.csproj', why: 'MSBuild project; its targets can run any command during the build.' },
    { glob: '**/*.fsproj', why: 'MSBuild project; its targets can run any command during the build.' },
    { glob: '**/*.vbproj', why: 'MSBuild project; its targets can run any command during the build.' },
    { glob: '**/*.vcxproj', why: 'MSBuild project; its targets can run any command during the build.' },
    { glob: '**/*.proj', why: 'MSBuild project; its targets can run any command during the build.' },
    { glob: '**/*.sln', why: 'Solution: the projects dotnet and MSBuild build.' },
    { glob: '**/*.slnx', why: 'Solution: the projects dotnet and MSBuild build.' },
    { glob: '**/directory.build.props', why: 'MSBuild imports this into every project below it, early in evaluation.' },
    { glob: '**/directory.build.targets', why: 'MSBuild imports this into every project below it, late in evaluation.' },
    { glob: '**/directory.packages.props', why: 'Central NuGet package versions for every project below it.' },
    { glob: '**/*.props', why: 'MSBuild file imported by projects; can set properties and add targets.' },
    { glob: '**/*.targets', why: 'MSBuild file imported by projects; its targets run during the build.' },
    { glob: '**/directory.build.rsp', why: 'MSBuild and dotnet build read extra command-line switches, such as loggers to load, from this file.' },
    { glob: '**/nuget.config', why: 'Chooses the NuGet package sources and trusted signers.' },
    { glob: '**/global.json', why: 'Chooses the .NET SDK and the MSBuild project SDKs, which are downloaded and run.' },
    { glob: '**/packages.lock.json', why: 'Pins the version and hash of every NuGet package restored.' },
    { glob: '**/packages.config', why: 'Older NuGet list of the packages a project restores.' },
    { glob: '**/.config/dotnet-tools.json', why: 'Local .NET tools that dotnet tool restore installs and dotnet runs.' },
    { glob: '**/paket.dependencies', why: 'Paket dependency list and package sources.' },
    { glob: '**/paket.lock', why: 'Pins every package Paket restores.' },
    { glob: '**/*.cake', why: 'Cake build scripts: C# code that the Cake runner executes.' },
  ],
});
